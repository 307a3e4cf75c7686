namespace CreditGrantConformance.Suite.Configuration;

/// <summary>CONFORMANCE_CLEANUP: when the run voids the grants and deletes the customers it created.</summary>
public enum CleanupMode
{
    /// <summary>Clean any target that outlives the run; skip the embedded server, which is discarded.</summary>
    Auto,

    /// <summary>Clean every target, the embedded server included (the self-tests prove cleanup this way).</summary>
    Always,

    /// <summary>Leave everything (the sweep can clean tagged objects later).</summary>
    Never,
}

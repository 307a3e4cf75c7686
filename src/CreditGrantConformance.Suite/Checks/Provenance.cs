namespace CreditGrantConformance.Suite.Checks;

/// <summary>Where the rule a check enforces comes from. Only <see cref="Assumed"/> is non-gating by default.</summary>
public enum Provenance
{
    /// <summary>Stripe's OpenAPI spec (the excerpt in the repo's schemas).</summary>
    Spec,

    /// <summary>Stripe's API reference or guides.</summary>
    Documented,

    /// <summary>Real Stripe responses quoted in public issues.</summary>
    Observed,

    /// <summary>Our choice where Stripe is silent (the reference server's ASSUMPTIONS.md).</summary>
    Assumed,
}

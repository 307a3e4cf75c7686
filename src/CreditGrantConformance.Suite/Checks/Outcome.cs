namespace CreditGrantConformance.Suite.Checks;

/// <summary>The outcome lattice of the OCI distribution-spec suite: a later value outranks an earlier one.</summary>
public enum Outcome
{
    NotApplicable,
    Skipped,
    Passed,
    Failed,

    /// <summary>The suite or the target broke (timeout, unparseable body), not a conformance failure.</summary>
    Error,
}

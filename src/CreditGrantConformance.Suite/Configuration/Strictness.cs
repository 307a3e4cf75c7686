namespace CreditGrantConformance.Suite.Configuration;

/// <summary>Which provenances can fail a run.</summary>
public enum Strictness
{
    /// <summary>Spec, documented and observed checks count; assumed checks only report observations.</summary>
    Documented,

    /// <summary>
    /// Assumed checks count too: the target must behave like the reference server where Stripe is silent.
    /// </summary>
    Assumed,
}

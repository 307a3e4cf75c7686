namespace CreditGrantConformance.Suite.Checks;

/// <summary>How an outcome weighs on the run once strictness and the known-gap file are applied.</summary>
public enum Disposition
{
    /// <summary>The outcome counts as it is.</summary>
    Counted,

    /// <summary>An assumed check failed under default strictness: reported, never fails the run.</summary>
    Observation,

    /// <summary>A known gap failed as the known-gap file says it would.</summary>
    ExpectedFailure,

    /// <summary>A known gap passed: the entry is stale and the run fails until it is removed.</summary>
    UnexpectedPass,

    /// <summary>The known-gap entry has expired: the run fails until it is renewed or the gap is fixed.</summary>
    ExpiredGap,
}

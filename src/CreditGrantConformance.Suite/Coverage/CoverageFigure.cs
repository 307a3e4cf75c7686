namespace CreditGrantConformance.Suite.Coverage;

/// <summary>
/// One kind's figure over every operation: what was exercised of what can be, out-of-reach items left out of both.
/// </summary>
public sealed record CoverageFigure(CoverageKind Kind, int Exercised, int Total, int OutOfReach)
{
    /// <summary>Whole percent, rounded down so that 100 means nothing was missed; 100 for nothing to count.</summary>
    public int Percent => Total == 0 ? 100 : Exercised * 100 / Total;

    public override string ToString() => $"{Kind.Label()} {Percent}% ({Exercised}/{Total})";
}

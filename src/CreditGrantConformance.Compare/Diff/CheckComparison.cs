namespace CreditGrantConformance.Compare.Diff;

/// <summary>
/// One check compared: its outcomes, how many of its exchanges each run made and how many could be paired, and every
/// divergence found. A check that ran in one run only is <see cref="OnlyIn"/> that run and has nothing paired.
/// </summary>
public sealed record CheckComparison(
    string Id,
    string Operation,
    string? OutcomeA,
    string? OutcomeB,
    int CountA,
    int CountB,
    int Paired,
    IReadOnlyList<Divergence> Divergences)
{
    public string? OnlyIn => OutcomeA is null ? "B" : OutcomeB is null ? "A" : null;
}

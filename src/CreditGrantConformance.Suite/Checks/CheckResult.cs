namespace CreditGrantConformance.Suite.Checks;

/// <summary>One finished check as the summary reports it.</summary>
public sealed record CheckResult(
    CheckInfo Check,
    Outcome Outcome,
    Disposition Disposition,
    string? Message,
    IReadOnlyList<string> Observations,
    IReadOnlyList<string> RequestIds,
    TimeSpan Duration)
{
    public CheckTrace Trace { get; init; } = CheckTrace.Empty;

    /// <summary>Whether this result fails the run.</summary>
    public bool FailsRun => Disposition is Disposition.UnexpectedPass or Disposition.ExpiredGap
        || (Disposition == Disposition.Counted && Outcome is Outcome.Failed or Outcome.Error);
}

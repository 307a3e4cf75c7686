using CreditGrantConformance.Results;

namespace CreditGrantConformance.Suite.Checks;

/// <summary>One finished check as every output reports it.</summary>
public sealed record CheckResult(CheckInfo Check, Outcome Outcome)
{
    /// <summary>
    /// What the target did, before strictness and the known-gap file were applied: passed, failed, error, not
    /// applicable or skipped.
    /// </summary>
    public Outcome TargetResult { get; init; } = Outcome.Passed;

    /// <summary>
    /// The provenance of the evidence a failure rests on: never stronger than the check's, weaker when only a weaker
    /// expectation failed.
    /// </summary>
    public Provenance? Evidence { get; init; }

    /// <summary>Why the outcome is what it is; null only for a plain pass.</summary>
    public string? Reason { get; init; }

    /// <summary>The reason of the known-gap entry that matched the check, if one did.</summary>
    public string? KnownGap { get; init; }

    public IReadOnlyList<string> Observations { get; init; } = [];

    public IReadOnlyList<string> RequestIds { get; init; } = [];

    public TimeSpan Duration { get; init; }

    public CheckTrace Trace { get; init; } = CheckTrace.Empty;

    public bool FailsRun => Outcome.FailsRun();

    /// <summary>The first line of the reason: what a table or a known-gap entry shows.</summary>
    public string Headline => Reason?.Split('\n', 2)[0].Trim() ?? "";
}

using System.Text.Json.Serialization;

namespace CreditGrantConformance.Results.Summary;

/// <summary>One check of <c>conformance-summary.json</c>: what it judges, its outcome, how to run it again.</summary>
public sealed record CheckSummary(
    string Id,
    string Title,
    string Operation,
    string Category,
    string Provenance,
    string Rule,
    string Source,
    string Outcome,
    string TargetResult,
    string? Evidence,
    string? Reason,
    string? KnownGap,
    IReadOnlyList<string> Observations,
    IReadOnlyList<string> RequestIds,
    double DurationMs,
    string Rerun)
{
    [JsonIgnore]
    public bool FailsRun => OutcomeFailsRun(Outcome);

    /// <summary>Failed, error or unexpected pass: the outcomes that fail the run.</summary>
    public static bool OutcomeFailsRun(string outcome) => outcome is "failed" or "error" or "unexpected_pass";
}

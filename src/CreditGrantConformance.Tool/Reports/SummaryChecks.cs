using CreditGrantConformance.Results.Summary;

namespace CreditGrantConformance.Tool.Reports;

/// <summary>
/// One check of a finished run's <c>conformance-summary.json</c>, as the CI outputs need it; a run that did not start
/// is one check of its own, <c>run.not_started</c>, whose reason is the problems to fix.
/// </summary>
public sealed record SummaryCheck(string Id, string Operation, string Outcome, string Reason, double Seconds)
{
    public const string NotStartedId = "run.not_started";

    public string FirstLine => Reason.Split('\n', 2)[0].Trim();

    /// <summary>The outcomes that fail the run, as <see cref="CheckSummary.FailsRun"/> says.</summary>
    public bool FailsRun => CheckSummary.OutcomeFailsRun(Outcome);

    public static IReadOnlyList<SummaryCheck> Of(SummaryDocument summary)
    {
        if (!summary.Started)
        {
            return [new(NotStartedId, "run", "error", string.Join("\n", summary.Problems ?? []), 0)];
        }

        return summary.Checks
            .Select(c => new SummaryCheck(c.Id, c.Operation, c.Outcome, c.Reason ?? "", c.DurationMs / 1000))
            .ToList();
    }
}

using CreditGrantConformance.Suite.Checks;

namespace CreditGrantConformance.Suite.Results;

/// <summary>
/// How the suite's outcome reads in Allure: the runner buckets as statuses (error is "broken"), the outcome as a label
/// and tag.
/// </summary>
internal static class AllureStatus
{
    public static string Of(Outcome outcome) => outcome switch
    {
        Outcome.Error => "broken",
        _ => outcome.RunnerStatus() switch
        {
            RunnerStatus.Failed => "failed",
            RunnerStatus.Skipped => "skipped",
            _ => "passed",
        },
    };

    public static string Severity(Provenance provenance) => provenance switch
    {
        Provenance.Spec or Provenance.Documented => "critical",
        Provenance.Observed => "normal",
        _ => "minor",
    };

    /// <summary>
    /// Allure's message: the outcome and the check id first (categories match on them), then the reason.
    /// </summary>
    public static string? Message(CheckResult result) => result.Outcome == Outcome.Passed
        ? null
        : $"{result.Outcome.Label()} ({result.Check.Id}): {result.Reason}";
}

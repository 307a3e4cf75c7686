using CreditGrantConformance.Results.Summary;
using CreditGrantConformance.Suite.Checks;

namespace CreditGrantConformance.Suite.Results;

/// <summary>
/// The run's <see cref="RunSummary"/> as the typed <c>conformance-summary.json</c> (<see cref="SummaryDocument"/>),
/// in the one vocabulary of outcomes (README, "Results").
/// </summary>
public static class SummaryWriter
{
    public static SummaryDocument ToDocument(RunSummary s) => new()
    {
        RunId = s.RunId,
        StartedAt = s.StartedAt,
        FinishedAt = s.FinishedAt,
        DurationSeconds = Math.Round((s.FinishedAt - s.StartedAt).TotalSeconds, 3),
        Verdict = s.Verdict,
        Headline = s.Headline,
        Target = new SummaryTarget(s.TargetName, s.Target),
        Driver = s.Driver?.ToSummary(),
        Profile = s.Profile,
        ApiVersion = s.ApiVersion,
        Strictness = s.Strictness,
        Seed = s.Seed,
        PropertyCases = s.PropertyCases,
        KnownGapFile = s.KnownGapFile,
        UnusedKnownGaps = s.UnusedKnownGaps,
        Totals = Totals(s),
        RunnerTotals = new RunnerTotals(
            s.Count(RunnerStatus.Passed), s.Count(RunnerStatus.Failed), s.Count(RunnerStatus.Skipped)),
        Checks = s.Checks.Select(c => Check(c, s)).ToList(),
        Requests = new SummaryRequests(
            s.Requests.Total,
            s.Requests.PerOperation,
            s.Requests.Retries,
            s.Requests.PeakPerSecond,
            s.Requests.MaxPerSecond),
        LiveBudget = new SummaryLiveBudget(
            s.LiveBudget.Requests,
            s.LiveBudget.CleanupRequests,
            s.LiveBudget.Total,
            s.LiveBudget.PerSecond,
            s.LiveBudget.Seconds),
        Cleanup = new SummaryCleanup(
            s.Cleanup.Skipped,
            s.Cleanup.GrantsVoided,
            s.Cleanup.GrantsAlreadyInactive,
            s.Cleanup.CustomersDeleted,
            s.Cleanup.TestClocksDeleted,
            s.Cleanup.NotCleaned.Select(n => new SummaryNotCleaned(n.Id, n.Reason)).ToList()),
    };

    // Every outcome of the vocabulary, zero or not, so a reader never has to guess whether a key is missing or zero.
    private static Dictionary<string, int> Totals(RunSummary s)
    {
        var totals = Enum.GetValues<Outcome>().ToDictionary(o => o.Name(), s.Count, StringComparer.Ordinal);
        totals["total"] = s.Checks.Count;
        return totals;
    }

    /// <summary>One check's line of the summary; the Allure results show the same.</summary>
    internal static CheckSummary Check(CheckResult c, RunSummary s) => new(
        c.Check.Id,
        c.Check.Title,
        c.Check.Operation,
        c.Check.Category,
        c.Check.Provenance.Name(),
        c.Check.Rule,
        c.Check.Source,
        c.Outcome.Name(),
        c.TargetResult.Name(),
        c.Evidence?.Name(),
        c.Reason,
        c.KnownGap,
        c.Observations,
        c.RequestIds,
        Math.Round(c.Duration.TotalMilliseconds, 1),
        s.RerunCommand(c.Check.Id));
}

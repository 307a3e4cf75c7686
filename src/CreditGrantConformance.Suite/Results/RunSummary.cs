using CreditGrantConformance.Suite.Checks;
using CreditGrantConformance.Suite.Driver;

namespace CreditGrantConformance.Suite.Results;

/// <summary>Everything the results of a run report, built once and rendered by every writer.</summary>
public sealed record RunSummary(
    string RunId,
    DateTimeOffset StartedAt,
    DateTimeOffset FinishedAt,
    string TargetName,
    string Target,
    DriverIdentity? Driver,
    string Profile,
    string? ApiVersion,
    string Strictness,
    int Seed,
    int PropertyCases,
    string? KnownGapFile,
    IReadOnlyList<string> UnusedKnownGaps,
    IReadOnlyList<CheckResult> Checks,
    RequestFigures Requests,
    CleanupReport Cleanup,
    string RerunPrefix)
{
    public string RerunCommand(string checkId) => Rerun.Command(RerunPrefix, checkId);

    public bool Passed => !Checks.Any(c => c.FailsRun);

    public string Verdict => Passed ? "pass" : "fail";

    public LiveBudget LiveBudget => LiveBudget.Of(Requests, Cleanup);

    public int Count(Outcome outcome) => Checks.Count(c => c.Outcome == outcome);

    public int Count(RunnerStatus status) => Checks.Count(c => c.Outcome.RunnerStatus() == status);

    /// <summary>
    /// "FAIL: failed 3, error 1, passed 104, …": the verdict and every outcome that occurred, in the one vocabulary.
    /// </summary>
    public string Headline => $"{Verdict.ToUpperInvariant()}: " + string.Join(", ", Enum.GetValues<Outcome>()
        .OrderByDescending(o => o.FailsRun())
        .Where(o => Count(o) > 0)
        .Select(o => $"{o.Name()} {Count(o)}"));

    public static RunSummary Build(ConformanceRun run, CleanupReport cleanup, DateTimeOffset finishedAt)
    {
        var settings = run.Settings;
        return new RunSummary(
            settings.RunId,
            run.StartedAt,
            finishedAt,
            settings.TargetName,
            run.Target.Description,
            run.Driver,
            settings.Profile.ToString().ToLowerInvariant(),
            settings.ApiVersion,
            settings.Strictness.ToString().ToLowerInvariant(),
            settings.Seed,
            settings.PropertyCases,
            settings.ExpectationsFile,
            run.KnownGaps.Unused.Select(g => g.Check).ToList(),
            run.Results.All,
            RequestFigures.From(run.Log.All.Select(l => l.Exchange), run.Limiter),
            cleanup,
            Rerun.Prefix(settings));
    }
}

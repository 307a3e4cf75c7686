using CreditGrantConformance.Suite.Checks;
using CreditGrantConformance.Suite.Driver;

namespace CreditGrantConformance.Suite.Results;

/// <summary>Everything <c>conformance-summary.json</c> reports about a run.</summary>
public sealed record RunSummary(
    string RunId,
    DateTimeOffset StartedAt,
    DateTimeOffset FinishedAt,
    string TargetName,
    string Target,
    string Profile,
    string? ApiVersion,
    string Strictness,
    int Seed,
    string? KnownGapFile,
    IReadOnlyList<string> UnusedKnownGaps,
    IReadOnlyList<CheckResult> Checks,
    RequestFigures Requests,
    CleanupReport Cleanup,
    DriverIdentity? Driver = null)
{
    public bool Passed => !Checks.Any(c => c.FailsRun);

    public static RunSummary Build(ConformanceRun run, CleanupReport cleanup, DateTimeOffset finishedAt)
    {
        var settings = run.Settings;
        return new RunSummary(
            settings.RunId,
            run.StartedAt,
            finishedAt,
            settings.TargetName,
            run.Target.Description,
            settings.Profile.ToString().ToLowerInvariant(),
            settings.StripeVersion,
            settings.Strictness.ToString().ToLowerInvariant(),
            settings.Seed,
            settings.ExpectationsFile,
            run.KnownGaps.Unused.Select(g => g.Check).ToList(),
            run.Results.All,
            RequestFigures.From(run.Recorder.All, run.Limiter),
            cleanup,
            run.Driver);
    }
}

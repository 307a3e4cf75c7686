using CreditGrantConformance.Suite.Checks;
using CreditGrantConformance.Suite.Results;

namespace CreditGrantConformance.SelfTests.Reports;

/// <summary>Run summaries for writer tests: the given checks, a fixed target and settings, nothing sent.</summary>
internal static class Summaries
{
    public static RunSummary Of(IReadOnlyList<CheckResult> checks) => new(
        "run_selftest", DateTimeOffset.UtcNow, DateTimeOffset.UtcNow, "embedded", "http://127.0.0.1:1/", null,
        "stateful", null, "documented", 42, 100, null, [],
        checks,
        new RequestFigures(3, new Dictionary<string, int> { ["create"] = 2, ["list"] = 1 }, 1, 3, 2000),
        new CleanupReport(0, 0, 0, []) { Skipped = true },
        "CONFORMANCE_SEED=42 ");
}

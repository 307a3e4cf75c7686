using CreditGrantConformance.Results.Summary;
using CreditGrantConformance.Suite.Configuration;

namespace CreditGrantConformance.SelfTests.Faults;

/// <summary>
/// What every self-test run of the suite is given, whether it runs as its own process or inside this one: a results
/// directory cleared of an earlier run's files, and the settings of <see cref="FaultRunSettings"/> (the target, fast
/// and repeatable defaults, its own snapshots).
/// </summary>
internal static class SuiteSettings
{
    public static Dictionary<string, string> For(
        Uri? baseUrl,
        string? apiKey,
        string resultsDirectory,
        IReadOnlyDictionary<string, string>? extra)
    {
        ClearEarlierRun(resultsDirectory);
        return FaultRunSettings.For(baseUrl, apiKey, resultsDirectory, extra);
    }

    /// <summary>The run's summary, read as the product reads it; null when the run wrote none.</summary>
    public static async Task<SummaryDocument?> ReadSummaryAsync(string resultsDirectory)
    {
        var path = SummaryFile.PathIn(resultsDirectory);
        return File.Exists(path) ? SummaryFile.Parse(await File.ReadAllTextAsync(path)) : null;
    }

    // The suite clears its own outputs of an earlier run (ResultFiles.Owned, a self-test holds it); the TRX files are
    // the test host's, which adds a file per run.
    private static void ClearEarlierRun(string resultsDirectory)
    {
        Directory.CreateDirectory(resultsDirectory);
        var trx = Path.Combine(resultsDirectory, "trx");
        if (Directory.Exists(trx))
        {
            Directory.Delete(trx, recursive: true);
        }
    }
}

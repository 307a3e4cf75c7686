using CreditGrantConformance.Results.Summary;
using CreditGrantConformance.Suite.Configuration;

namespace CreditGrantConformance.SelfTests.Faults;

/// <summary>
/// What every self-test run of the suite is given, whether it runs as its own process or inside this one: the target,
/// a results directory cleared of an earlier run's files, fast and repeatable defaults, and its own snapshots.
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
        var settings = new Dictionary<string, string>(StringComparer.Ordinal);
        if (baseUrl is not null)
        {
            settings[SettingNames.BaseUrl] = baseUrl.ToString();
        }

        if (apiKey is not null)
        {
            settings[SettingNames.ApiKey] = apiKey;
        }

        settings[SettingNames.ResultsDirectory] = resultsDirectory;
        settings[SettingNames.MaxRequestsPerSecond] = "5000";
        // A fixed seed makes every self-test run send the same generated cases; fewer of them keep the many runs short.
        settings[SettingNames.Seed] = "20261123";
        settings[SettingNames.PropertyCases] = "30";
        // Each run gets its own copy of the snapshots, so the received files of a faulted run stay in its results.
        settings[SettingNames.SnapshotsDirectory] = CopySnapshots(resultsDirectory);
        foreach (var (name, value) in extra ?? new Dictionary<string, string>())
        {
            settings[name] = value;
        }

        return settings;
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

    private static string CopySnapshots(string resultsDirectory)
    {
        var copy = Path.Combine(resultsDirectory, "snapshots");
        Directory.CreateDirectory(copy);
        var verified = Path.Combine(RepositoryLocator.FindRoot(), "fixtures", "snapshots");
        foreach (var file in Directory.GetFiles(verified, "*.verified.json"))
        {
            File.Copy(file, Path.Combine(copy, Path.GetFileName(file)), overwrite: true);
        }

        return copy;
    }
}

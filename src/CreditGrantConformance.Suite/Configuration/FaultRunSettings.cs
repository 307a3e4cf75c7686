namespace CreditGrantConformance.Suite.Configuration;

/// <summary>
/// The settings of a run of the suite against the reference server, clean or with a fault, as the self-tests make it
/// (tests/Conformance.SelfTests/Faults) and the fault-run benchmark times it: one definition, so the figures are those
/// of the runs the self-tests make.
/// </summary>
public static class FaultRunSettings
{
    /// <summary>Strictness "assumed", so that faults in behaviour Stripe leaves undocumented are caught too.</summary>
    public static IReadOnlyDictionary<string, string> Assumed { get; } =
        new Dictionary<string, string>(StringComparer.Ordinal) { [SettingNames.Strictness] = "assumed" };

    /// <summary>
    /// <see cref="Assumed"/>, for a faulted server: it is discarded after its run, and only the checks' outcomes are
    /// judged, so no cleanup (a quarter of a run's requests; 150 ms each against a fault that holds writes) and no
    /// HTTP archive. Neither decides an outcome; the clean runs keep both.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Faulted { get; } =
        new Dictionary<string, string>(Assumed, StringComparer.Ordinal)
        {
            [SettingNames.Cleanup] = "never",
            [SettingNames.Record] = "false",
        };

    /// <summary>
    /// The target (the suite's embedded server when <paramref name="baseUrl"/> is null), the results directory, fast
    /// and repeatable defaults and a copy of the snapshots of its own, then <paramref name="extra"/> over them.
    /// </summary>
    public static Dictionary<string, string> For(
        Uri? baseUrl,
        string? apiKey,
        string resultsDirectory,
        IReadOnlyDictionary<string, string>? extra)
    {
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
        // A fixed seed makes every run send the same generated cases; fewer of them keep the many runs short.
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

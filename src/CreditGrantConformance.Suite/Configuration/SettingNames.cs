namespace CreditGrantConformance.Suite.Configuration;

/// <summary>
/// The names of every setting. Each is read from the environment first, then from the runsettings
/// TestRunParameters of the same name, then defaults (README, "Settings").
/// </summary>
public static class SettingNames
{
    public const string BaseUrl = "CONFORMANCE_BASE_URL";
    public const string ApiKey = "STRIPE_API_KEY";
    public const string StripeVersion = "STRIPE_VERSION";
    public const string Profile = "CONFORMANCE_PROFILE";
    public const string MaxRequestsPerSecond = "CONFORMANCE_MAX_RPS";
    public const string ResultsDirectory = "CONFORMANCE_RESULTS_DIR";
    public const string Strictness = "CONFORMANCE_STRICTNESS";
    public const string Expectations = "CONFORMANCE_EXPECTATIONS";
    public const string Seed = "CONFORMANCE_SEED";
    public const string TimeoutSeconds = "CONFORMANCE_TIMEOUT_SECONDS";
    public const string TargetName = "CONFORMANCE_TARGET_NAME";
    public const string AcceptSnapshots = "CONFORMANCE_ACCEPT_SNAPSHOTS";
    public const string SnapshotsDirectory = "CONFORMANCE_SNAPSHOTS_DIR";
    public const string PropertyCases = "CONFORMANCE_PROPERTY_CASES";
    public const string Driver = "CONFORMANCE_DRIVER";
    public const string Cleanup = "CONFORMANCE_CLEANUP";
    public const string WriteGaps = "CONFORMANCE_WRITE_GAPS";
    public const string Record = "CONFORMANCE_RECORD";

    public static IReadOnlyList<string> All { get; } =
    [
        BaseUrl, ApiKey, StripeVersion, Profile, MaxRequestsPerSecond, ResultsDirectory,
        Strictness, Expectations, Seed, TimeoutSeconds, TargetName, AcceptSnapshots, SnapshotsDirectory, PropertyCases,
        Driver, Cleanup, WriteGaps, Record,
    ];
}

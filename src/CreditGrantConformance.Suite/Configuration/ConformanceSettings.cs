namespace CreditGrantConformance.Suite.Configuration;

/// <summary>The one validated description of a run's target and rules. Nothing else reads the environment.</summary>
public sealed record ConformanceSettings
{
    /// <summary>Null when the suite starts the embedded reference server itself.</summary>
    public Uri? BaseUrl { get; init; }

    public required string ApiKey { get; init; }

    public bool ApiKeyGenerated { get; init; }

    /// <summary>STRIPE_VERSION as given; null when unset.</summary>
    public string? StripeVersion { get; init; }

    /// <summary>
    /// The API version the run sends on every request and is judged under: STRIPE_VERSION, else the version the
    /// expectations are written for (or, through an SDK driver that pins one, the SDK's): docs/versions.md.
    /// </summary>
    public string ApiVersion { get; init; } = Operations.ApiVersions.Default;

    public Profile Profile { get; init; } = Profile.Stateful;

    public Strictness Strictness { get; init; } = Strictness.Documented;

    public double MaxRequestsPerSecond { get; init; } = SettingsLoader.DefaultMaxRequestsPerSecond;

    public required string ResultsDirectory { get; init; }

    public string? ExpectationsFile { get; init; }

    public int Seed { get; init; }

    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>A short label for reports: "embedded", a host name, or CONFORMANCE_TARGET_NAME.</summary>
    public required string TargetName { get; init; }

    /// <summary>
    /// Tags every object the run creates (metadata[conformance_run]) so cleanup and sweeps can find it.
    /// </summary>
    public required string RunId { get; init; }

    /// <summary>Where verified snapshots are read and received ones written.</summary>
    public required string SnapshotsDirectory { get; init; }

    /// <summary>Snapshot mismatches overwrite the verified files instead of failing.</summary>
    public bool AcceptSnapshots { get; init; }

    /// <summary>Generated cases per property check.</summary>
    public int PropertyCases { get; init; } = 100;

    /// <summary>
    /// Command of an SDK driver (docs/driver-protocol.md); null runs the checks through the suite's own client.
    /// </summary>
    public string? Driver { get; init; }

    /// <summary>When the run voids and deletes what it created.</summary>
    public CleanupMode Cleanup { get; init; } = CleanupMode.Auto;

    /// <summary>Where to write a known-gap file of this run's failures; null writes none.</summary>
    public string? WriteGapsFile { get; init; }

    /// <summary>Whether the run writes its exchanges as an HTTP archive (conformance.har) beside the summary.</summary>
    public bool Record { get; init; } = true;

    public bool IsEmbedded => BaseUrl is null;

    /// <summary>
    /// The embedded server is discarded with the run, so cleaning it is wasted requests unless asked for.
    /// </summary>
    public bool CleansUp => Cleanup == CleanupMode.Always || (Cleanup == CleanupMode.Auto && !IsEmbedded);
}

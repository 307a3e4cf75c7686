using System.CommandLine;
using CreditGrantConformance.Suite.Configuration;

namespace CreditGrantConformance.Tool.Run;

/// <summary>
/// Every setting of the suite as an option of <c>run</c>, beside its environment variable: one row each, so a setting
/// the suite gains without an option here fails a self-test.
/// </summary>
public sealed record SettingOption(string Setting, string Name, string Description, bool IsPath = false)
{
    public static IReadOnlyList<SettingOption> All { get; } =
    [
        new(SettingNames.BaseUrl, "--base-url", "base URL of the target, http(s)://host[:port]; unset: the embedded "
            + "reference server"),
        new(SettingNames.ApiKey, "--api-key", "test-mode key (sk_test_… or rk_test_…); needed for any other target"),
        new(SettingNames.StripeVersion, "--stripe-version", "sent as the Stripe-Version header"),
        new(SettingNames.Profile, "--profile", "stateful (default), or stateless for targets answering from fixtures"),
        new(SettingNames.Strictness, "--strictness", "documented (default), or assumed to make assumed checks count"),
        new(SettingNames.Expectations, "--expectations", "known-gap file; stripe-mock and prism name the shipped ones",
            IsPath: true),
        new(SettingNames.MaxRequestsPerSecond, "--max-rps", "client-side rate limit shared by all checks"),
        new(SettingNames.ResultsDirectory, "--results", "where the summary, JUnit XML, HAR and Allure results go "
            + "(default ./artifacts)", IsPath: true),
        new(SettingNames.Seed, "--seed", "seed of the property checks' generated cases (default random, printed)"),
        new(SettingNames.PropertyCases, "--property-cases", "generated cases per property check (default 100)"),
        new(SettingNames.TimeoutSeconds, "--timeout-seconds", "timeout of one HTTP attempt (default 30)"),
        new(SettingNames.TargetName, "--target-name", "label of the target in reports"),
        new(SettingNames.SnapshotsDirectory, "--snapshots", "where shape snapshots are read and mismatches written "
            + "(default: a copy of the shipped ones in <results>/snapshots)", IsPath: true),
        new(SettingNames.AcceptSnapshots, "--accept-snapshots", "true accepts every received shape as verified"),
        new(SettingNames.Driver, "--driver", "shell command of an SDK driver, run against the embedded server"),
        new(SettingNames.Record, "--record", "false writes no HTTP archive (conformance.har)"),
        new(SettingNames.Cleanup, "--cleanup", "auto (default), always or never: what the run cleans up"),
        new(SettingNames.WriteGaps, "--write-gaps", "write a known-gap file of this run's failures there",
            IsPath: true),
    ];

    public Option<string> ToOption() => new(Name)
    {
        Description = $"{Description} [env: {Setting}]",
        HelpName = IsPath ? "path" : "value",
    };
}

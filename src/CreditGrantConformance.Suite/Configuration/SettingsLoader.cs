using System.Globalization;
using System.Security.Cryptography;

namespace CreditGrantConformance.Suite.Configuration;

/// <summary>
/// Reads every setting from the environment, then runsettings, then defaults, and validates them all at once so that
/// one message lists everything to fix (playwright-dotnet's PlaywrightSettingsProvider does the same).
/// </summary>
public static class SettingsLoader
{
    public const double DefaultMaxRequestsPerSecond = 20;

    // Loopback needs no protection: the default limit exists for remote targets, Stripe's test mode above all.
    public const double EmbeddedMaxRequestsPerSecond = 2000;

    // Stripe's test-mode limit is 25 operations per second (https://docs.stripe.com/rate-limits); stay under it.
    public const double StripeTestModeLimit = 25;

    /// <summary>
    /// Where results go, read as <see cref="Load"/> reads it but without validating the rest: a run that cannot start
    /// still says so there.
    /// </summary>
    public static string ResultsDirectory(
        Func<string, string?> environment,
        Func<string, string?> runSettings,
        string? repositoryRoot = null)
    {
        var root = repositoryRoot ?? RepositoryLocator.FindRoot();
        var value = NonEmpty(environment(SettingNames.ResultsDirectory))
            ?? NonEmpty(runSettings(SettingNames.ResultsDirectory));
        return ResolvePath(value, root) ?? Path.Combine(root, "artifacts");
    }

    public static ConformanceSettings Load(
        Func<string, string?> environment,
        Func<string, string?> runSettings,
        string? repositoryRoot = null)
    {
        string? Read(string name) => NonEmpty(environment(name)) ?? NonEmpty(runSettings(name));
        var problems = new List<string>();

        var baseUrl = ParseBaseUrl(Read(SettingNames.BaseUrl), problems);
        var (apiKey, generated) = ReadApiKey(Read(SettingNames.ApiKey), baseUrl, problems);
        var profile = ParseEnum(Read(SettingNames.Profile), Profile.Stateful, SettingNames.Profile, problems);
        var strictness = ParseEnum(
            Read(SettingNames.Strictness), Strictness.Documented, SettingNames.Strictness, problems);
        var maxRps = ParseMaxRps(Read(SettingNames.MaxRequestsPerSecond), baseUrl, problems);
        var seed = ParseInt(Read(SettingNames.Seed), SettingNames.Seed, problems)
            ?? RandomNumberGenerator.GetInt32(1, int.MaxValue);
        var cases = ParseInt(Read(SettingNames.PropertyCases), SettingNames.PropertyCases, problems) ?? 100;
        if (cases is < 1 or > 100_000)
        {
            problems.Add($"{SettingNames.PropertyCases} must be between 1 and 100000 cases per property; got {cases}.");
        }

        var timeout = ParseInt(Read(SettingNames.TimeoutSeconds), SettingNames.TimeoutSeconds, problems) ?? 30;
        if (timeout is < 1 or > 600)
        {
            problems.Add($"{SettingNames.TimeoutSeconds} must be between 1 and 600 seconds; got {timeout}.");
        }

        var accept = ParseBool(Read(SettingNames.AcceptSnapshots), false, SettingNames.AcceptSnapshots, problems);
        var record = ParseBool(Read(SettingNames.Record), true, SettingNames.Record, problems);
        var root = repositoryRoot ?? RepositoryLocator.FindRoot();
        var expectations = ResolvePath(Read(SettingNames.Expectations), root);
        if (expectations is not null && !File.Exists(expectations))
        {
            problems.Add(
                $"{SettingNames.Expectations} names '{expectations}', which does not exist. "
                + "Give the path of a known-gap file (see fixtures/expectations/).");
        }

        var cleanup = ParseEnum(Read(SettingNames.Cleanup), CleanupMode.Auto, SettingNames.Cleanup, problems);
        var writeGaps = ResolvePath(Read(SettingNames.WriteGaps), root);
        var driver = Read(SettingNames.Driver);
        if (driver is not null && baseUrl is not null)
        {
            problems.Add(
                $"{SettingNames.Driver} runs the checks through an SDK against the embedded reference server, "
                + $"which records what the SDK sent; unset {SettingNames.BaseUrl} (now '{baseUrl}') "
                + $"or {SettingNames.Driver}.");
        }

        if (problems.Count > 0)
        {
            throw new SettingsException(problems);
        }

        return new ConformanceSettings
        {
            BaseUrl = baseUrl,
            ApiKey = apiKey!,
            ApiKeyGenerated = generated,
            StripeVersion = Read(SettingNames.StripeVersion),
            Profile = profile,
            Strictness = strictness,
            MaxRequestsPerSecond = maxRps,
            ResultsDirectory = ResolvePath(Read(SettingNames.ResultsDirectory), root)
                ?? Path.Combine(root, "artifacts"),
            ExpectationsFile = expectations,
            Seed = seed,
            RequestTimeout = TimeSpan.FromSeconds(timeout),
            AcceptSnapshots = accept,
            PropertyCases = cases,
            Driver = driver,
            Cleanup = cleanup,
            WriteGapsFile = writeGaps,
            Record = record,
            SnapshotsDirectory = ResolvePath(Read(SettingNames.SnapshotsDirectory), root) ?? DefaultSnapshots(root),
            TargetName = Read(SettingNames.TargetName)
                ?? (driver is not null ? "embedded via SDK driver" : baseUrl is null ? "embedded" : baseUrl.Authority),
            RunId = "run_" + DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture)
                + "_" + RandomNumberGenerator.GetHexString(6, lowercase: true),
        };
    }

    // Inside the repository the snapshots live in fixtures/snapshots; a copied build carries them beside the assembly.
    private static string DefaultSnapshots(string root)
    {
        var inRepository = Path.Combine(root, "fixtures", "snapshots");
        return Directory.Exists(inRepository)
            ? inRepository
            : Path.Combine(AppContext.BaseDirectory, "fixtures", "snapshots");
    }

    private static bool ParseBool(string? value, bool fallback, string name, List<string> problems)
    {
        switch (value)
        {
            case null:
                return fallback;
            case "true" or "1":
                return true;
            case "false" or "0":
                return false;
            default:
                problems.Add($"{name} must be true or false; got '{value}'.");
                return fallback;
        }
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static Uri? ParseBaseUrl(string? value, List<string> problems)
    {
        if (value is null)
        {
            return null;
        }

        if (Uri.TryCreate(value, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            && string.IsNullOrEmpty(uri.Query) && string.IsNullOrEmpty(uri.UserInfo))
        {
            return new Uri(uri.GetLeftPart(UriPartial.Path).TrimEnd('/') + "/");
        }

        problems.Add(
            $"{SettingNames.BaseUrl} must be an absolute http(s) URL without query or credentials, "
            + $"such as http://127.0.0.1:12111 or https://api.stripe.com; got '{value}'. "
            + "Leave it unset to use the embedded reference server.");
        return null;
    }

    private static (string? Key, bool Generated) ReadApiKey(string? value, Uri? baseUrl, List<string> problems)
    {
        if (value is null)
        {
            if (baseUrl is null)
            {
                return ("sk_test_" + RandomNumberGenerator.GetHexString(24, lowercase: true), true);
            }

            problems.Add(
                $"{SettingNames.ApiKey} is not set. A target other than the embedded reference server needs "
                + $"a test-mode secret key (sk_test_… or rk_test_…); export it or unset {SettingNames.BaseUrl}.");
            return (null, false);
        }

        if (value.StartsWith("sk_live_", StringComparison.Ordinal)
            || value.StartsWith("rk_live_", StringComparison.Ordinal))
        {
            problems.Add(
                $"{SettingNames.ApiKey} is a live-mode key ({value[..8]}…). The suite creates, updates and voids "
                + "objects, so it only runs with a test-mode key (sk_test_… or rk_test_…). No request was sent.");
        }
        else if (!value.StartsWith("sk_test_", StringComparison.Ordinal)
            && !value.StartsWith("rk_test_", StringComparison.Ordinal))
        {
            problems.Add(
                $"{SettingNames.ApiKey} must be a test-mode secret or restricted key "
                + "starting with sk_test_ or rk_test_; "
                + $"got a value starting with '{value[..Math.Min(3, value.Length)]}'.");
        }

        return (value, false);
    }

    private static double ParseMaxRps(string? value, Uri? baseUrl, List<string> problems)
    {
        if (value is null)
        {
            return baseUrl is null ? EmbeddedMaxRequestsPerSecond : DefaultMaxRequestsPerSecond;
        }

        if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var rps)
            || rps <= 0
            || rps > 10_000)
        {
            problems.Add(
                $"{SettingNames.MaxRequestsPerSecond} must be a number of requests per second between 0 and 10000 "
                + $"(default {DefaultMaxRequestsPerSecond}); got '{value}'.");
            return DefaultMaxRequestsPerSecond;
        }

        if (baseUrl is not null
            && baseUrl.Host.EndsWith("stripe.com", StringComparison.OrdinalIgnoreCase)
            && rps > StripeTestModeLimit)
        {
            problems.Add(
                $"{SettingNames.MaxRequestsPerSecond} is {rps}, "
                + $"above Stripe's test-mode limit of {StripeTestModeLimit} requests per second; "
                + $"use {DefaultMaxRequestsPerSecond} or less against {baseUrl.Host}.");
        }

        return rps;
    }

    private static T ParseEnum<T>(string? value, T fallback, string name, List<string> problems)
        where T : struct, Enum
    {
        if (value is null)
        {
            return fallback;
        }

        if (Enum.TryParse<T>(value, ignoreCase: true, out var parsed)
            && Enum.IsDefined(parsed)
            && !int.TryParse(value, out _))
        {
            return parsed;
        }

        var allowed = string.Join(", ", Enum.GetNames<T>().Select(n => n.ToLowerInvariant()));
        problems.Add($"{name} must be one of {allowed}; got '{value}'.");
        return fallback;
    }

    private static int? ParseInt(string? value, string name, List<string> problems)
    {
        if (value is null)
        {
            return null;
        }

        if (int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed))
        {
            return parsed;
        }

        problems.Add($"{name} must be a whole number; got '{value}'.");
        return null;
    }

    private static string? ResolvePath(string? value, string root) =>
        value is null ? null : Path.GetFullPath(Path.IsPathRooted(value) ? value : Path.Combine(root, value));
}

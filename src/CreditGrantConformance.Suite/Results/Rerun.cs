using System.Globalization;
using System.Text;
using CreditGrantConformance.Suite.Configuration;

namespace CreditGrantConformance.Suite.Results;

/// <summary>
/// The command that runs one check again exactly as this run did: same target, profile, strictness, seed and case
/// count, and every other setting that can change a verdict. It carries the settings themselves rather than the
/// runsettings file that may have given them: the test host is handed a file's parameters, never its path.
/// </summary>
public static class Rerun
{
    /// <summary>
    /// The key as the line passes it: from the reader's shell, never the key itself; unset, the shell stops with
    /// this message instead of sending an empty key.
    /// </summary>
    public const string KeyFromShell = "\"${STRIPE_API_KEY:?export the test key of the run}\"";

    public static string Prefix(ConformanceSettings settings)
    {
        var text = new StringBuilder();
        void Set(string name, string value) => text.Append(name).Append('=').Append(value).Append(' ');
        Set(SettingNames.Seed, settings.Seed.ToString(CultureInfo.InvariantCulture));
        Set(SettingNames.PropertyCases, settings.PropertyCases.ToString(CultureInfo.InvariantCulture));
        if (settings.BaseUrl is { } url)
        {
            Set(SettingNames.BaseUrl, url.ToString());
            // The key stays in the reader's environment, never in a results file.
            Set(SettingNames.ApiKey, KeyFromShell);
        }

        if (settings.Profile != Profile.Stateful)
        {
            Set(SettingNames.Profile, settings.Profile.ToString().ToLowerInvariant());
        }

        if (settings.Strictness != Strictness.Documented)
        {
            Set(SettingNames.Strictness, settings.Strictness.ToString().ToLowerInvariant());
        }

        if (settings.StripeVersion is { } version)
        {
            Set(SettingNames.StripeVersion, version);
        }

        if (settings.Driver is { } driver)
        {
            Set(SettingNames.Driver, Quote(driver));
        }

        if (settings.ExpectationsFile is { } gaps)
        {
            Set(SettingNames.Expectations, Quote(gaps));
        }

        // A slower pace or a shorter timeout can turn an answer into an error: they go with the line when not default.
        if (settings.MaxRequestsPerSecond != SettingsLoader.DefaultMaxRequestsPerSecondFor(settings.BaseUrl))
        {
            Set(
                SettingNames.MaxRequestsPerSecond,
                settings.MaxRequestsPerSecond.ToString(CultureInfo.InvariantCulture));
        }

        if (settings.RequestTimeout != SettingsLoader.DefaultTimeout)
        {
            Set(
                SettingNames.TimeoutSeconds,
                settings.RequestTimeout.TotalSeconds.ToString(CultureInfo.InvariantCulture));
        }

        return text.ToString();
    }

    /// <summary>
    /// From the repository root; <c>--no-build</c> because the run that prints the line has just built the suite.
    /// </summary>
    public static string Command(string prefix, string checkId) =>
        $"{prefix}dotnet test tests/Conformance --no-build --filter \"CheckId={checkId}\"";

    private static string Quote(string text) => "'" + text.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}

using System.Globalization;
using System.Text;
using CreditGrantConformance.Suite.Configuration;

namespace CreditGrantConformance.Suite.Results;

/// <summary>
/// The command that runs one check again exactly as this run did: same target, profile, strictness, seed and case
/// count.
/// </summary>
public static class Rerun
{
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
            Set(SettingNames.ApiKey, "\"$STRIPE_API_KEY\"");
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
            Set(SettingNames.Driver, "'" + driver.Replace("'", "'\\''", StringComparison.Ordinal) + "'");
        }

        if (settings.ExpectationsFile is { } gaps)
        {
            Set(SettingNames.Expectations, gaps);
        }

        return text.ToString();
    }

    public static string Command(string prefix, string checkId) =>
        $"{prefix}dotnet test tests/Conformance --filter \"CheckId={checkId}\"";
}

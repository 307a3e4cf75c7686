using System.Globalization;
using System.Security.Cryptography;
using CreditGrantConformance.Suite.Configuration;

namespace CreditGrantConformance.Tool.Run;

/// <summary>
/// The settings of a run, each read as <c>dotnet test</c> reads it (the environment, then the runsettings file, then
/// the suite's default) with the command line's option first. Relative paths are the working directory's, as any
/// command line tool's are; the seed is drawn here when none is given, so rerun lines can name it.
/// </summary>
public static class RunSettingsComposer
{
    public static Dictionary<string, string> Compose(
        Func<SettingOption, string?> option,
        Func<string, string?> environment,
        IReadOnlyDictionary<string, string> file,
        string workingDirectory)
    {
        var settings = new Dictionary<string, string>(file, StringComparer.Ordinal);
        foreach (var row in SettingOption.All)
        {
            var value = NonEmpty(option(row)) ?? NonEmpty(environment(row.Setting)) ?? NonEmpty(file.GetValueOrDefault(
                row.Setting));
            if (value is not null)
            {
                settings[row.Setting] = row.IsPath ? Resolve(row, value, workingDirectory) : value;
            }
        }

        settings.TryAdd(SettingNames.ResultsDirectory, Path.Combine(workingDirectory, "artifacts"));
        settings.TryAdd(
            SettingNames.Seed, RandomNumberGenerator.GetInt32(1, int.MaxValue).ToString(CultureInfo.InvariantCulture));
        return settings;
    }

    private static string Resolve(SettingOption row, string value, string workingDirectory)
    {
        var path = Path.GetFullPath(value, workingDirectory);
        var shipped = SuiteContent.Fixture(Path.Combine("expectations", value + ".json"));
        // The known-gap files of stripe-mock and Prism ship with the tool: --expectations stripe-mock finds them.
        return row.Setting == SettingNames.Expectations && !File.Exists(path) && File.Exists(shipped) ? shipped : path;
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

using System.Diagnostics;
using CreditGrantConformance.Suite.Configuration;

namespace CreditGrantConformance.SelfTests.Faults;

/// <summary>
/// Runs the conformance suite as a user would (<c>dotnet test</c> on the built Conformance assembly) against a given
/// target, and reads back its summary. Each run is its own process: what exit codes, the console, TRX files and the
/// host's environment prove needs this; everything else runs faster in-process (<see cref="SuiteInProcess"/>).
/// </summary>
internal static class SuiteProcess
{
    /// <inheritdoc cref="SuiteRunner"/>
    public static async Task<SuiteRun> RunAsync(
        Uri? baseUrl,
        string? apiKey,
        string resultsDirectory,
        IReadOnlyDictionary<string, string>? extra = null,
        string? filter = null)
    {
        var settings = SuiteSettings.For(baseUrl, apiKey, resultsDirectory, extra);
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var arguments = new[]
        {
            "test",
            ConformanceAssembly(),
            // What a plain dotnet test of the project reads (Conformance.csproj's RunSettingsFilePath); dotnet test of
            // the assembly reads no runsettings of its own.
            "--settings", Path.Combine(RepositoryLocator.FindRoot(), "runsettings", "embedded.runsettings"),
            "--logger", "console;verbosity=normal",
            "--logger", "trx",
            "--results-directory", Path.Combine(resultsDirectory, "trx"),
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        if (filter is not null)
        {
            start.ArgumentList.Add("--filter");
            start.ArgumentList.Add(filter);
        }

        foreach (var name in SettingNames.All)
        {
            start.Environment.Remove(name);
        }

        foreach (var (name, value) in settings)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var console = await output + await error;
        return new SuiteRun(process.ExitCode, console, await SuiteSettings.ReadSummaryAsync(resultsDirectory));
    }

    public static string ConformanceAssembly()
    {
        // The self-tests are built in the same configuration as the suite (see the ProjectReference in the csproj).
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
        var path = Path.Combine(
            RepositoryLocator.FindRoot(), "tests", "Conformance", "bin", configuration, "net10.0", "Conformance.dll");
        return File.Exists(path)
            ? path
            : throw new FileNotFoundException($"Build tests/Conformance first: {path} is missing.", path);
    }
}

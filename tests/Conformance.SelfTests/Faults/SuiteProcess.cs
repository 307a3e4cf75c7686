using System.Diagnostics;
using System.Text.Json.Nodes;
using CreditGrantConformance.Suite.Configuration;

namespace CreditGrantConformance.SelfTests.Faults;

/// <summary>
/// Runs the conformance suite as a user would (<c>dotnet test</c> on the built Conformance assembly) against a given
/// target, and reads back its summary. Each run is its own process, so runs cannot share state.
/// </summary>
internal static class SuiteProcess
{
    /// <summary>Runs the suite against <paramref name="baseUrl"/>, or against its embedded server when that is null.</summary>
    public static async Task<SuiteRun> RunAsync(Uri? baseUrl, string? apiKey, string resultsDirectory, IReadOnlyDictionary<string, string>? extra = null, string? filter = null)
    {
        Directory.CreateDirectory(resultsDirectory);
        // Results of an earlier run in the same directory would be read as this run's.
        foreach (var stale in new[] { Path.Combine(resultsDirectory, "trx"), Path.Combine(resultsDirectory, "allure-results") }.Where(Directory.Exists))
        {
            Directory.Delete(stale, recursive: true);
        }

        File.Delete(Path.Combine(resultsDirectory, "conformance-summary.json"));
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "test", ConformanceAssembly(), "--logger", "console;verbosity=normal", "--logger", "trx", "--results-directory", Path.Combine(resultsDirectory, "trx") })
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

        if (baseUrl is not null)
        {
            start.Environment[SettingNames.BaseUrl] = baseUrl.ToString();
            start.Environment[SettingNames.ApiKey] = apiKey;
        }

        start.Environment[SettingNames.ResultsDirectory] = resultsDirectory;
        start.Environment[SettingNames.MaxRequestsPerSecond] = "5000";
        // A fixed seed makes every self-test run send the same generated cases; fewer of them keep the 57 runs short.
        start.Environment[SettingNames.Seed] = "20261123";
        start.Environment[SettingNames.PropertyCases] = "30";
        // Each run gets its own copy of the snapshots, so the received files of a faulted run stay in its results.
        start.Environment[SettingNames.SnapshotsDirectory] = CopySnapshots(resultsDirectory);
        foreach (var (name, value) in extra ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var console = await output + await error;
        var summaryPath = Path.Combine(resultsDirectory, "conformance-summary.json");
        var summary = File.Exists(summaryPath) ? JsonNode.Parse(await File.ReadAllTextAsync(summaryPath)) as JsonObject : null;
        return new SuiteRun(process.ExitCode, console, summary);
    }

    private static string CopySnapshots(string resultsDirectory)
    {
        var copy = Path.Combine(resultsDirectory, "snapshots");
        Directory.CreateDirectory(copy);
        foreach (var file in Directory.GetFiles(Path.Combine(RepositoryLocator.FindRoot(), "fixtures", "snapshots"), "*.verified.json"))
        {
            File.Copy(file, Path.Combine(copy, Path.GetFileName(file)), overwrite: true);
        }

        return copy;
    }

    public static string ConformanceAssembly()
    {
        // The self-tests are built in the same configuration as the suite (see the ProjectReference in the csproj).
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
        var path = Path.Combine(RepositoryLocator.FindRoot(), "tests", "Conformance", "bin", configuration, "net10.0", "Conformance.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException($"Build tests/Conformance first: {path} is missing.", path);
    }
}

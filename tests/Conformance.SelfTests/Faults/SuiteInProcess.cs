using System.Reflection;
using CreditGrantConformance.Suite.Checks;
using CreditGrantConformance.Suite.Configuration;
using NUnit.Framework.Api;
using NUnit.Framework.Interfaces;

namespace CreditGrantConformance.SelfTests.Faults;

/// <summary>
/// Runs the built Conformance assembly inside this process with NUnit's own runner, as many at once as the caller
/// likes: each run gets a fresh test tree with its settings hung on its root (<see cref="RunParameters"/>, isolated
/// from this process's environment) and writes its results directory exactly as a process run does. No TRX is written
/// and the console is only what the suite printed, so what those prove stays with <see cref="SuiteProcess"/>.
/// </summary>
internal static class SuiteInProcess
{
    private static readonly Lazy<Assembly> Suite = new(() => Assembly.LoadFrom(SuiteProcess.ConformanceAssembly()));

    // Building a test tree is not thread-safe (NUnit's seed generator, the suite's shared test case builder), and
    // quick.
    private static readonly SemaphoreSlim Building = new(1, 1);

    /// <summary>
    /// Runs the suite against <paramref name="baseUrl"/>, or against its embedded server when that is null.
    /// </summary>
    public static async Task<SuiteRun> RunAsync(
        Uri? baseUrl,
        string? apiKey,
        string resultsDirectory,
        IReadOnlyDictionary<string, string>? extra = null,
        string? filter = null)
    {
        var settings = SuiteSettings.For(baseUrl, apiKey, resultsDirectory, extra);
        settings[SettingSources.Isolated] = "true";
        var runner = new NUnitTestAssemblyRunner(new DefaultTestAssemblyBuilder());
        await Building.WaitAsync();
        try
        {
            // No test parameters in the load settings: NUnit would add them to the one dictionary this process shares.
            var root = runner.Load(Suite.Value, new Dictionary<string, object>());
            root.Properties.Set(RunParameters.Property, (IReadOnlyDictionary<string, string>)settings);
        }
        finally
        {
            Building.Release();
        }

        var listener = new RunListener();
        var selected = TestFilterText.Parse(filter);
        // NUnit's Run blocks until the run ends; a thread of its own keeps the pool free for the run's requests.
        var result = await Task.Factory.StartNew(
            () => runner.Run(listener, selected),
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default);
        // dotnet test exits 1 when a test failed, whatever the suite's verdict says.
        var exitCode = result.FailCount > 0 || result.ResultState.Status == TestStatus.Failed ? 1 : 0;
        return new SuiteRun(exitCode, listener.Text, await SuiteSettings.ReadSummaryAsync(resultsDirectory));
    }
}

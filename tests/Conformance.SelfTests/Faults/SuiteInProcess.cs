using System.Reflection;
using CreditGrantConformance.Suite.Execution;
using NUnit.Framework.Interfaces;

namespace CreditGrantConformance.SelfTests.Faults;

/// <summary>
/// Runs the built Conformance assembly inside this process (<see cref="InProcessSuite"/>), as many at once as the
/// caller likes, each writing its results directory exactly as a process run does. No TRX is written and the console
/// is only what the suite printed, so what those prove stays with <see cref="SuiteProcess"/>.
/// </summary>
internal static class SuiteInProcess
{
    private static readonly Lazy<Assembly> Suite = new(() => Assembly.LoadFrom(SuiteProcess.ConformanceAssembly()));

    /// <inheritdoc cref="SuiteRunner"/>
    public static async Task<SuiteRun> RunAsync(
        Uri? baseUrl,
        string? apiKey,
        string resultsDirectory,
        IReadOnlyDictionary<string, string>? extra = null,
        string? filter = null)
    {
        var settings = SuiteSettings.For(baseUrl, apiKey, resultsDirectory, extra);
        var listener = new RunListener();
        var result = await InProcessSuite.RunAsync(Suite.Value, settings, TestFilterText.Parse(filter), listener);
        // dotnet test exits 1 when a test failed, whatever the suite's verdict says.
        var exitCode = result.FailCount > 0 || result.ResultState.Status == TestStatus.Failed ? 1 : 0;
        return new SuiteRun(exitCode, listener.Text, await SuiteSettings.ReadSummaryAsync(resultsDirectory));
    }
}

using System.Reflection;
using CreditGrantConformance.Suite.Configuration;
using NUnit.Framework.Api;
using NUnit.Framework.Interfaces;

namespace CreditGrantConformance.Suite.Execution;

/// <summary>
/// Runs a built suite assembly inside the calling process with NUnit's own runner (the tool's <c>run</c>, the
/// self-tests): a fresh test tree per run with its settings hung on its root (<see cref="RunParameters"/>, isolated
/// from the process's environment), so several runs can go at once and each writes its results directory exactly as
/// <c>dotnet test</c> does.
/// </summary>
public static class InProcessSuite
{
    // Building a test tree is not thread-safe (NUnit's seed generator, the suite's shared test case builder), and
    // quick.
    private static readonly SemaphoreSlim Building = new(1, 1);

    /// <summary>
    /// Runs the tests of <paramref name="suite"/> that <paramref name="filter"/> selects under
    /// <paramref name="settings"/> (setting name to value; the caller has already applied the environment).
    /// </summary>
    public static async Task<ITestResult> RunAsync(
        Assembly suite,
        IReadOnlyDictionary<string, string> settings,
        ITestFilter filter,
        ITestListener listener)
    {
        var isolated = new Dictionary<string, string>(settings, StringComparer.Ordinal)
        {
            [SettingSources.Isolated] = "true",
        };
        var runner = new NUnitTestAssemblyRunner(new DefaultTestAssemblyBuilder());
        await Building.WaitAsync().ConfigureAwait(false);
        try
        {
            // No test parameters in the load settings: NUnit would add them to the one dictionary a process shares.
            var root = runner.Load(suite, new Dictionary<string, object>());
            root.Properties.Set(RunParameters.Property, (IReadOnlyDictionary<string, string>)isolated);
        }
        finally
        {
            Building.Release();
        }

        // NUnit's Run blocks until the run ends; a thread of its own keeps the pool free for the run's requests.
        return await Task.Factory.StartNew(
                () => runner.Run(listener, filter),
                CancellationToken.None,
                TaskCreationOptions.LongRunning,
                TaskScheduler.Default)
            .ConfigureAwait(false);
    }
}

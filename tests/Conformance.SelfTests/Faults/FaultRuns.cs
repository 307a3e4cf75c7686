using System.Collections.Concurrent;
using CreditGrantConformance.ReferenceServer;
using CreditGrantConformance.Suite.Configuration;

namespace CreditGrantConformance.SelfTests.Faults;

/// <summary>
/// Runs the suite once against the clean reference server in each profile and once against every fault of the
/// catalogue, two at a time (the machines have two cores), and keeps the results for the tests that judge them.
/// Strictness is "assumed" so that faults in behaviour Stripe leaves undocumented are caught too.
/// </summary>
internal static class FaultRuns
{
    private static readonly Lazy<Task<Results>> Shared = new(RunAllAsync);

    public static string ResultsRoot { get; } = Path.Combine(RepositoryLocator.FindRoot(), "artifacts", "selftests");

    public static Task<Results> GetAsync() => Shared.Value;

    private static async Task<Results> RunAllAsync()
    {
        var root = Path.Combine(ResultsRoot, "faults");
        var strict = new Dictionary<string, string> { [SettingNames.Strictness] = "assumed" };
        var stateless = new Dictionary<string, string>(strict) { [SettingNames.Profile] = "stateless" };
        var clean = await RunAsync(null, Path.Combine(root, "clean"), strict);
        var cleanStateless = await RunAsync(null, Path.Combine(root, "clean-stateless"), stateless);

        var faulted = new ConcurrentDictionary<string, SuiteRun>();
        await Parallel.ForEachAsync(FaultCatalogue.All, new ParallelOptions { MaxDegreeOfParallelism = 2 }, async (fault, _) =>
            faulted[fault.Name] = await RunAsync(fault.Name, Path.Combine(root, fault.Name), strict));

        var results = new Results(clean, cleanStateless, faulted);
        var table = MutationTable.Render(results);
        await File.WriteAllTextAsync(Path.Combine(root, "mutation-score.md"), table);
        await TestContext.Progress.WriteLineAsync(table);
        return results;
    }

    public static Task<SuiteRun> RunAsync(string? fault, string resultsDirectory, IReadOnlyDictionary<string, string> settings, string? filter = null) =>
        RunAgainstAsync(new ReferenceServerOptions { Faults = fault is null ? new HashSet<string>() : new HashSet<string> { fault } }, resultsDirectory, settings, filter);

    /// <summary>The suite as its own process against a reference server started here with these options (its key added).</summary>
    public static async Task<SuiteRun> RunAgainstAsync(ReferenceServerOptions server, string resultsDirectory, IReadOnlyDictionary<string, string> settings, string? filter = null)
    {
        var key = "sk_test_selftest_" + Guid.NewGuid().ToString("N");
        var options = server with { ApiKeys = new HashSet<string> { key } };
        await using var running = await ReferenceServerHost.StartAsync(options);
        return await SuiteProcess.RunAsync(running.BaseUrl, key, resultsDirectory, settings, filter);
    }

    internal sealed record Results(SuiteRun Clean, SuiteRun CleanStateless, IReadOnlyDictionary<string, SuiteRun> Faulted);
}

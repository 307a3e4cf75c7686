using System.Collections.Concurrent;
using CreditGrantConformance.ReferenceServer;
using CreditGrantConformance.ReferenceServer.Faults;
using CreditGrantConformance.Results.Summary;
using CreditGrantConformance.Suite.Configuration;

namespace CreditGrantConformance.SelfTests.Faults;

/// <summary>
/// Runs the suite once against the clean reference server in each profile and once against every fault of the
/// catalogue, in-process and <see cref="Concurrency"/> at a time, and keeps the results for the tests that judge them.
/// Strictness is "assumed" so that faults in behaviour Stripe leaves undocumented are caught too.
/// </summary>
internal static class FaultRuns
{
    // Measured on the project's 2-core machine (docs/performance.md): 2 and 3 tie, 4 and 6 spend 10–20 % more CPU
    // for nothing; 3 keeps both cores busy while a run waits on its clock.
    public const int Concurrency = 3;

    private static readonly Lazy<Task<Results>> Shared = new(RunAllAsync);

    public static string ResultsRoot { get; } = Path.Combine(RepositoryLocator.FindRoot(), "artifacts", "selftests");

    public static Task<Results> GetAsync() => Shared.Value;

    private static async Task<Results> RunAllAsync()
    {
        var root = Path.Combine(ResultsRoot, "faults");
        var strict = FaultRunSettings.Assumed;
        var stateless = new Dictionary<string, string>(strict) { [SettingNames.Profile] = "stateless" };
        var faultedSettings = FaultRunSettings.Faulted;
        var runs = new ConcurrentDictionary<string, SuiteRun>();
        // The clean runs keep all their results in artifacts (AllureResultsWriterTests reads them); the faulted runs
        // keep theirs in memory.
        var targets = FaultCatalogue.All.Select(f => (Name: f.Name, Fault: (string?)f.Name, Settings: faultedSettings))
            .Prepend(("clean-stateless", null, stateless))
            .Prepend(("clean", null, strict))
            .OrderByDescending(t => LastDuration(Path.Combine(root, t.Name)));
        await Parallel.ForEachAsync(
            targets,
            new ParallelOptions { MaxDegreeOfParallelism = Concurrency },
            async (target, _) =>
                runs[target.Name] = target.Fault is null
                    ? await RunAsync(null, Path.Combine(root, target.Name), target.Settings)
                    : await ScratchResults.RunAsync(
                        Path.Combine(root, target.Name),
                        scratch => RunAsync(target.Fault, scratch, target.Settings)));

        var faulted = FaultCatalogue.All.ToDictionary(f => f.Name, f => runs[f.Name]);
        var matrix = await DerivedMatrix.DeriveAsync(
            faulted,
            (fault, check) => ScratchResults.RunAsync(
                Path.Combine(root, fault, "alone"),
                scratch => RunAsync(fault, scratch, faultedSettings, $"CheckId={check}")));
        await DerivedMatrix.WriteReceivedAsync(matrix);
        var results = new Results(runs["clean"], runs["clean-stateless"], faulted, matrix);
        var table = MutationTable.Render(results);
        await File.WriteAllTextAsync(Path.Combine(root, "mutation-score.md"), table);
        await TestContext.Progress.WriteLineAsync(table);
        return results;
    }

    // Longest first, as the last fault run took: a run twice as long as the others, started last, would end the run
    // alone.
    private static double LastDuration(string resultsDirectory)
    {
        try
        {
            return File.Exists(SummaryFile.PathIn(resultsDirectory))
                ? SummaryFile.ReadFrom(resultsDirectory).DurationSeconds ?? 0
                : 0;
        }
        catch (System.Text.Json.JsonException)
        {
            return 0;
        }
    }

    public static Task<SuiteRun> RunAsync(
        string? fault,
        string resultsDirectory,
        IReadOnlyDictionary<string, string> settings,
        string? filter = null) =>
        RunAgainstAsync(
            new ReferenceServerOptions
            {
                Faults = fault is null ? new HashSet<string>() : new HashSet<string> { fault },
            },
            resultsDirectory,
            settings,
            filter);

    /// <summary>
    /// The suite, in-process, against a reference server started here with these options (its key added).
    /// </summary>
    public static Task<SuiteRun> RunAgainstAsync(
        ReferenceServerOptions server,
        string resultsDirectory,
        IReadOnlyDictionary<string, string> settings,
        string? filter = null) =>
        AgainstAsync(server, (url, key) => SuiteInProcess.RunAsync(url, key, resultsDirectory, settings, filter));

    /// <summary>
    /// A variant of the server that Stripe's documented behaviour allows, run at documented strictness (results under
    /// <see cref="ResultsRoot"/>/<paramref name="name"/>): it must pass with no failure.
    /// </summary>
    public static async Task<SuiteRun> RunAllowedVariantAsync(ReferenceServerOptions server, string name)
    {
        var run = await RunAgainstAsync(
            server,
            Path.Combine(ResultsRoot, name),
            new Dictionary<string, string> { [SettingNames.Strictness] = "documented" });
        Assert.Multiple(() =>
        {
            Assert.That(run.Verdict, Is.EqualTo("pass"), run.Describe());
            Assert.That(run.Total("failed"), Is.Zero, run.Describe());
        });
        return run;
    }

    /// <summary>
    /// The same as its own <c>dotnet test</c> process, for what only a process shows: exit code, console, TRX.
    /// </summary>
    public static Task<SuiteRun> RunProcessAgainstAsync(
        ReferenceServerOptions server,
        string resultsDirectory,
        IReadOnlyDictionary<string, string> settings) =>
        AgainstAsync(server, (url, key) => SuiteProcess.RunAsync(url, key, resultsDirectory, settings));

    private static async Task<SuiteRun> AgainstAsync(
        ReferenceServerOptions server,
        Func<Uri, string, Task<SuiteRun>> run)
    {
        var key = "sk_test_selftest_" + Guid.NewGuid().ToString("N");
        await using var running = await ReferenceServerHost.StartAsync(
            server with { ApiKeys = new HashSet<string> { key } });
        return await run(running.BaseUrl, key);
    }

    /// <summary>The runs, and the fault matrix derived from them (<see cref="DerivedMatrix"/>).</summary>
    internal sealed record Results(
        SuiteRun Clean,
        SuiteRun CleanStateless,
        IReadOnlyDictionary<string, SuiteRun> Faulted,
        IReadOnlyDictionary<string, IReadOnlyList<string>> Matrix);
}

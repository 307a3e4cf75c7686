using System.Collections.Concurrent;
using CreditGrantConformance.ReferenceServer;
using CreditGrantConformance.SelfTests.Faults;

namespace CreditGrantConformance.SelfTests.Compare;

/// <summary>
/// The recorded suite runs the comparison self-tests share: each is made once (a suite process takes 5–10 s), two at
/// a time, against a reference server started with the faults named (none for a clean run), with FaultRuns' fixed
/// seed and case count, so that every run sends the same requests.
/// </summary>
internal static class CompareRuns
{
    private static readonly SemaphoreSlim TwoAtATime = new(2, 2);
    private static readonly ConcurrentDictionary<string, Lazy<Task<string>>> Runs = new(StringComparer.Ordinal);

    public static string Root { get; } = Path.Combine(FaultRuns.ResultsRoot, "compare");

    public static Task<string> CleanAsync() => Get("clean", []);

    /// <summary>A second clean run: what the first must compare equal to.</summary>
    public static Task<string> CleanAgainAsync() => Get("clean-again", []);

    /// <summary>
    /// The results directory of a run against a server with all of <paramref name="faults"/> switched on.
    /// </summary>
    public static Task<string> FaultedAsync(params string[] faults) => Get(string.Join('+', faults), faults);

    private static Task<string> Get(string name, string[] faults) =>
        Runs.GetOrAdd(name, _ => new(() => RunAsync(name, faults))).Value;

    private static async Task<string> RunAsync(string name, string[] faults)
    {
        var directory = Path.Combine(Root, name);
        await TwoAtATime.WaitAsync();
        try
        {
            var run = await FaultRuns.RunAgainstAsync(
                new ReferenceServerOptions { Faults = faults.ToHashSet() },
                directory,
                new Dictionary<string, string>());
            return run.Summary is null
                ? throw new InvalidOperationException($"Run {name}: {run.Describe()}")
                : directory;
        }
        finally
        {
            TwoAtATime.Release();
        }
    }
}

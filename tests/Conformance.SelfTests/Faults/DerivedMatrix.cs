using System.Collections.Concurrent;
using CreditGrantConformance.ReferenceServer.Faults;
using CreditGrantConformance.SelfTests.Wholesome;

namespace CreditGrantConformance.SelfTests.Faults;

/// <summary>
/// The fault matrix as the mutation run finds it, kept only as far as it is repeatable. Every run uses one seed, so
/// generated cases are the same each time, and a check judges only the objects it made itself, so what fails is the
/// fault's doing. The exception is a check that lists the whole account (ListsWholeAccount): its answer holds what
/// every other check made meanwhile, so it may fail by chance. Such a catch is recorded only when the check, run alone
/// against the fault (seeing nothing but its own requests), fails again.
/// </summary>
internal static class DerivedMatrix
{
    public static async Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> DeriveAsync(
        IReadOnlyDictionary<string, SuiteRun> faulted,
        Func<string, string, Task<SuiteRun>> runAlone)
    {
        var accountWide = AccountWideChecks();
        var doubtful = faulted
            .SelectMany(f => f.Value.FailedChecks.Where(accountWide.Contains).Select(c => (Fault: f.Key, Check: c)))
            .ToList();
        var confirmed = new ConcurrentDictionary<(string Fault, string Check), bool>();
        await Parallel.ForEachAsync(
            doubtful,
            new ParallelOptions { MaxDegreeOfParallelism = FaultRuns.Concurrency },
            async (pair, _) =>
                confirmed[pair] = (await runAlone(pair.Fault, pair.Check)).FailedChecks.Contains(pair.Check));

        return FaultCatalogue.All.ToDictionary(
            f => f.Name,
            f => (IReadOnlyList<string>)faulted[f.Name].FailedChecks
                .Where(c => !accountWide.Contains(c) || confirmed[(f.Name, c)])
                .Distinct()
                .Order(StringComparer.Ordinal)
                .ToList(),
            StringComparer.Ordinal);
    }

    /// <summary>Ids of the checks that say they list the whole account (<c>ListsWholeAccount = true</c>).</summary>
    public static IReadOnlySet<string> AccountWideChecks() =>
        SuiteTree.Checks.Where(c => c.ListsWholeAccount).Select(c => c.Id).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// Writes fault-matrix.received.json when the run found other than the verified file says, and removes a stale
    /// one when they agree.
    /// </summary>
    public static async Task WriteReceivedAsync(IReadOnlyDictionary<string, IReadOnlyList<string>> matrix)
    {
        var rendered = FaultMatrix.Render(matrix);
        var verified = File.Exists(FaultMatrix.Path) ? await File.ReadAllTextAsync(FaultMatrix.Path) : "";
        if (rendered == verified)
        {
            File.Delete(FaultMatrix.ReceivedPath);
        }
        else
        {
            await File.WriteAllTextAsync(FaultMatrix.ReceivedPath, rendered);
        }
    }
}

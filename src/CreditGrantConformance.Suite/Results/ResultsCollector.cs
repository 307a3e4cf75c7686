using System.Collections.Concurrent;
using CreditGrantConformance.Suite.Checks;

namespace CreditGrantConformance.Suite.Results;

/// <summary>Every finished check of the run, from any thread.</summary>
public sealed class ResultsCollector
{
    private readonly ConcurrentQueue<CheckResult> results = new();

    public IReadOnlyList<CheckResult> All => results.OrderBy(r => r.Check.Id, StringComparer.Ordinal).ToList();

    public void Add(CheckResult result) => results.Enqueue(result);
}

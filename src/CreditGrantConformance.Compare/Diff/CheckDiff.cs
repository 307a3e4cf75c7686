using CreditGrantConformance.Compare.Runs;

namespace CreditGrantConformance.Compare.Diff;

/// <summary>
/// Pairs the exchanges of one check, the n-th of A with the n-th of B, for as long as both sent the same request, and
/// compares each pair. Where the requests part (another request, or one run stopped sending), it says so and stops:
/// what follows is not paired rather than guessed.
/// </summary>
public static class CheckDiff
{
    public static CheckComparison Compare(
        string id,
        string operation,
        CheckRecord? checkA,
        CheckRecord? checkB,
        RecordedRun a,
        RecordedRun b)
    {
        var (exchangesA, exchangesB) = (a.ExchangesOf(id), b.ExchangesOf(id));
        if (checkA is null || checkB is null)
        {
            return new CheckComparison(
                id, operation, checkA?.Outcome, checkB?.Outcome, exchangesA.Count, exchangesB.Count, 0, []);
        }

        var divergences = new List<Divergence>();
        if (checkA.Outcome != checkB.Outcome)
        {
            divergences.Add(new Divergence(
                id, operation, null, "", "outcome", DivergenceKind.Outcome, checkA.Outcome, checkB.Outcome));
        }

        var (windowA, windowB) = (RunWindow.Of(a.Header), RunWindow.Of(b.Header));
        var paired = 0;
        for (; paired < Math.Min(exchangesA.Count, exchangesB.Count); paired++)
        {
            var (x, y) = (exchangesA[paired], exchangesB[paired]);
            if (x.RequestKey() != y.RequestKey())
            {
                divergences.Add(new Divergence(
                    id, operation, x.Index, x.Describe(), "requests", DivergenceKind.Requests,
                    $"sent {x.RequestKey()}", $"sent {y.RequestKey()}: the check is not paired from here on"));
                break;
            }

            divergences.AddRange(new ExchangeDiff(id, x, y, windowA, windowB).Compare());
        }

        if (exchangesA.Count != exchangesB.Count && paired == Math.Min(exchangesA.Count, exchangesB.Count))
        {
            divergences.Add(new Divergence(id, operation, null, "", "requests", DivergenceKind.Requests,
                $"{exchangesA.Count} requests", $"{exchangesB.Count} requests (the first {paired} paired)"));
        }

        return new CheckComparison(
            id, operation, checkA.Outcome, checkB.Outcome, exchangesA.Count, exchangesB.Count, paired, divergences);
    }
}

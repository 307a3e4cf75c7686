using CreditGrantConformance.Compare.Runs;
using CreditGrantConformance.Results.Summary;

namespace CreditGrantConformance.Compare.Diff;

/// <summary>
/// Pairs the exchanges of one check, the n-th of A with the n-th of B, for as long as both sent the same request, and
/// compares each pair. Where the requests part (another request, or one run stopped sending), it says so and stops:
/// what follows is not paired rather than guessed. A check that sends at once (category concurrency) meets the
/// target's interleaving: which answer arrives first and which a conflict refused differ from run to run, so its
/// requests are paired in one canonical order and only what it sent and its verdict are compared.
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
        var racing = checkA?.Category == Categories.Concurrency;
        var (exchangesA, exchangesB) = racing
            ? (Canonical(a.ExchangesOf(id)), Canonical(b.ExchangesOf(id)))
            : (a.ExchangesOf(id), b.ExchangesOf(id));
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

            if (!racing)
            {
                divergences.AddRange(new ExchangeDiff(id, x, y, windowA, windowB).Compare());
            }
        }

        if (exchangesA.Count != exchangesB.Count && paired == Math.Min(exchangesA.Count, exchangesB.Count))
        {
            divergences.Add(new Divergence(id, operation, null, "", "requests", DivergenceKind.Requests,
                $"{exchangesA.Count} requests", $"{exchangesB.Count} requests (the first {paired} paired)"));
        }

        return new CheckComparison(
            id, operation, checkA.Outcome, checkB.Outcome, exchangesA.Count, exchangesB.Count, paired, divergences);
    }

    private static List<RecordedExchange> Canonical(IReadOnlyList<RecordedExchange> exchanges) =>
        [.. exchanges.OrderBy(e => e.RequestKey(), StringComparer.Ordinal)];
}

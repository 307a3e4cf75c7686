using CreditGrantConformance.Client;

namespace CreditGrantConformance.Suite.Concurrency;

/// <summary>
/// Judges a history of racing writes as a linearizability checker does: the writes that were applied (2xx) must have
/// some serial order in which each one, applied to the grant the ones before it left, leaves exactly the grant it
/// answered, and the last leaves the grant as retrieved afterwards. Writes refused (4xx in Stripe's envelope: a state
/// Stripe may refuse, a 409 conflict, a 429 limit or lock timeout) did nothing. Every order is tried, so how the target
/// happened to interleave them never decides the verdict.
/// </summary>
public static class SerialOrders
{
    /// <summary>The order that explains the history, or null when none does.</summary>
    public static IReadOnlyList<RacingWrite>? Explain(
        GrantView start,
        IReadOnlyList<(RacingWrite Write, StripeResponse Answer)> applied,
        GrantView end) =>
        Permutations(applied).FirstOrDefault(order => Explains(start, order, end)) is { } found
            ? found.Select(a => a.Write).ToList()
            : null;

    private static bool Explains(
        GrantView start,
        IReadOnlyList<(RacingWrite Write, StripeResponse Answer)> order,
        GrantView end)
    {
        var state = start;
        foreach (var (write, answer) in order)
        {
            var answered = GrantView.Of(answer.Json);
            state = write.Effect(state, answered);
            if (!state.Equals(answered))
            {
                return false;
            }
        }

        return state.Equals(end);
    }

    private static IEnumerable<IReadOnlyList<T>> Permutations<T>(IReadOnlyList<T> items)
    {
        if (items.Count <= 1)
        {
            yield return items;
            yield break;
        }

        for (var i = 0; i < items.Count; i++)
        {
            var rest = items.Where((_, j) => j != i).ToList();
            foreach (var tail in Permutations(rest))
            {
                yield return [items[i], .. tail];
            }
        }
    }
}

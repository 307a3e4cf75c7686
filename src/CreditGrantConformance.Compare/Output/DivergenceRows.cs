using CreditGrantConformance.Compare.Diff;

namespace CreditGrantConformance.Compare.Output;

/// <summary>
/// A check's divergences folded for a reader: one row per field and kind, with the first example's values and how many
/// exchanges showed it (a list of 30 grants whose created is a string is one row, not 30).
/// </summary>
public sealed record DivergenceRow(string Field, string Kind, string A, string B, string Where, string? Reason)
{
    public static IReadOnlyList<DivergenceRow> Fold(
        IEnumerable<Divergence> divergences,
        int exchanges,
        Func<Divergence, string?>? reason = null) =>
        divergences
            .GroupBy(d => (d.Field, d.Kind))
            .Select(g =>
            {
                var first = g.First();
                var count = g.Select(d => d.Exchange).Distinct().Count();
                var where = first.Exchange is null ? "the check"
                    : count == 1 ? first.Request
                    : $"{count} of {exchanges} exchanges, first {first.Request}";
                return new DivergenceRow(
                    g.Key.Field, g.Key.Kind.Name(), first.A, first.B, where, reason?.Invoke(first));
            })
            .ToList();
}

using System.Globalization;

namespace CreditGrantConformance.Suite.Coverage;

/// <summary>
/// What one request sent, measured as a limit counts it: characters (Unicode scalar values, as Stripe counts lengths),
/// a number, or a map's keys. A map cleared with the empty string has no keys to count.
/// </summary>
internal static class LimitMeasure
{
    public static IEnumerable<long> Of(Limit limit, IReadOnlyList<(string? Key, string Value)> values)
    {
        var entries = values.Where(v => v.Key is not null).ToList();
        return limit.Kind switch
        {
            LimitKind.MaxKeys => entries.Count == 0 ? [] : [entries.Select(e => e.Key).Distinct().Count()],
            LimitKind.MaxKeyLength => entries.Select(e => (long)Characters(e.Key!)),
            LimitKind.MaxValueLength => entries.Select(e => (long)Characters(e.Value)),
            LimitKind.MaxLength => values.Where(v => v.Key is null).Select(v => (long)Characters(v.Value)),
            _ => values.Where(v => v.Key is null)
                .Select(v => long.TryParse(v.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture,
                    out var number) ? (long?)number : null)
                .OfType<long>(),
        };
    }

    private static int Characters(string text) => text.EnumerateRunes().Count();
}

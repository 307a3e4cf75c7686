using static CreditGrantConformance.ReferenceServer.Infrastructure.ParamReader;

namespace CreditGrantConformance.ReferenceServer.Infrastructure;

/// <summary>The pagination parameters every Stripe list takes: limit (default 10) and the two cursors.</summary>
public sealed record PageQuery(long Limit, string? StartingAfter, string? EndingBefore)
{
    public static readonly (string Name, ParamShape Shape)[] Params =
    [
        ("ending_before", ParamShape.Scalar),
        ("starting_after", ParamShape.Scalar),
        ("limit", ParamShape.Scalar),
        ParamShape.Expand,
    ];

    public static PageQuery Read(FormObject p) => new(
        Integer(p, "limit", "limit") ?? 10,
        Text(p, "starting_after", "starting_after"),
        Text(p, "ending_before", "ending_before"));
}

/// <summary>One page of a list newest first, and whether more items follow it in the direction it was read.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, bool HasMore);

public static class Pages
{
    /// <summary>
    /// Stripe's cursor pagination over items newest first: at most limit items from the top, after starting_after, or
    /// just before ending_before; a cursor the sequence does not hold gives an empty page.
    /// </summary>
    public static Page<T> Cut<T>(IReadOnlyList<T> newestFirst, PageQuery query, Func<T, string> idOf)
    {
        var limit = (int)Math.Clamp(query.Limit, 0, int.MaxValue);
        int At(string id) => newestFirst.Select(idOf).ToList().IndexOf(id);
        if (query.StartingAfter is { } after)
        {
            var at = At(after);
            return at < 0 ? new Page<T>([], false) : Forward(newestFirst, at + 1, limit);
        }

        if (query.EndingBefore is { } before)
        {
            var end = At(before);
            var start = Math.Max(0, end - limit);
            return end < 0
                ? new Page<T>([], false)
                : new Page<T>(newestFirst.Skip(start).Take(end - start).ToList(), start > 0);
        }

        return Forward(newestFirst, 0, limit);
    }

    private static Page<T> Forward<T>(IReadOnlyList<T> items, int start, int limit)
    {
        var page = items.Skip(start).Take(limit).ToList();
        return new Page<T>(page, start + page.Count < items.Count);
    }
}

namespace CreditGrantConformance.ReferenceServer.CreditGrants;

/// <summary>
/// Stripe's cursor pagination over grants newest first: a page of at most limit grants from the top, after
/// starting_after, or just before ending_before; has_more says whether grants remain beyond the page in that direction.
/// It costs one cursor lookup and the page, whatever the number of grants.
/// </summary>
public sealed class CursorPaging : IListPaging
{
    public GrantPage Page(IGrantIndex index, ListQuery query)
    {
        var grants = index.Select(query.Customer, query.CustomerAccount);
        var limit = (int)Math.Min(query.Limit, int.MaxValue);
        if (query.StartingAfter is { } after)
        {
            return index.Find(after) is { } cursor
                ? Forward(grants, grants.Locate(cursor).After, limit)
                : GrantPage.Empty;
        }

        if (query.EndingBefore is { } before)
        {
            if (index.Find(before) is not { } cursor)
            {
                return GrantPage.Empty;
            }

            var end = grants.Locate(cursor).Before;
            var start = Math.Max(0, end - limit);
            return new GrantPage(Slice(grants, start, end), start > 0);
        }

        return Forward(grants, 0, limit);
    }

    private static GrantPage Forward(IGrantSequence grants, int start, int limit)
    {
        var end = start + Math.Min(limit, grants.Count - start);
        return new GrantPage(Slice(grants, start, end), end < grants.Count);
    }

    private static CreditGrant[] Slice(IGrantSequence grants, int start, int end)
    {
        var page = new CreditGrant[Math.Max(0, end - start)];
        for (var i = 0; i < page.Length; i++)
        {
            page[i] = grants[start + i];
        }

        return page;
    }
}

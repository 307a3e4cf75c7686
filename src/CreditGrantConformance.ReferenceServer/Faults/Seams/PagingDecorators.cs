using CreditGrantConformance.ReferenceServer.CreditGrants;

namespace CreditGrantConformance.ReferenceServer.Faults.Seams;

/// <summary>The query is misread before the page is cut.</summary>
internal sealed class QueryRewritten(IListPaging inner, Func<ListQuery, ListQuery> rewrite) : IListPaging
{
    public GrantPage Page(IGrantIndex index, ListQuery query) => inner.Page(index, rewrite(query));
}

/// <summary>
/// A customer filter that selects no grant is read as no filter: a lookup of the customer's grants that falls back to
/// every grant when it finds none.
/// </summary>
internal sealed class EmptyFilterDropped(IListPaging inner) : IListPaging
{
    public GrantPage Page(IGrantIndex index, ListQuery query) =>
        inner.Page(
            index,
            query.Customer is not null && index.Select(query.Customer, query.CustomerAccount).Count == 0
                ? query with { Customer = null }
                : query);
}

/// <summary>The page is cut right, then spoiled.</summary>
internal sealed class PageChanged(IListPaging inner, Func<ListQuery, GrantPage, GrantPage> change) : IListPaging
{
    public GrantPage Page(IGrantIndex index, ListQuery query) => change(query, inner.Page(index, query));

    /// <summary>
    /// Off by one when cutting: a full page that has more after it loses the grant farthest from its cursor.
    /// </summary>
    public static GrantPage OneShort(ListQuery query, GrantPage page) =>
        page.HasMore && page.Grants.Count == query.Limit && query.Limit > 0
            ? page with
            {
                Grants = query.EndingBefore is null
                    ? page.Grants.Take(page.Grants.Count - 1).ToList()
                    : page.Grants.Skip(1).ToList(),
            }
            : page;

    /// <summary>has_more as "the page is full" rather than "grants remain beyond it".</summary>
    public static GrantPage MoreWhenFull(ListQuery query, GrantPage page) =>
        page with { HasMore = page.HasMore || page.Grants.Count == query.Limit };
}

/// <summary>
/// The grants are read through another view of the index: another order, or another way to find a cursor.
/// </summary>
internal sealed class ViewChanged(IListPaging inner, Func<IGrantSequence, IGrantSequence> view) : IListPaging
{
    public GrantPage Page(IGrantIndex index, ListQuery query) => inner.Page(new Viewed(index, view), query);

    private sealed class Viewed(IGrantIndex index, Func<IGrantSequence, IGrantSequence> view) : IGrantIndex
    {
        public IGrantSequence Select(string? customer, string? customerAccount) =>
            view(index.Select(customer, customerAccount));

        public CreditGrant? Find(string id) => index.Find(id);
    }
}

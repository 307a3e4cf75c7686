namespace CreditGrantConformance.ReferenceServer.CreditGrants;

/// <summary>One page of a list, newest first, and whether more grants follow it in the direction it was read.</summary>
public sealed record GrantPage(IReadOnlyList<CreditGrant> Grants, bool HasMore)
{
    public static GrantPage Empty { get; } = new([], false);
}

/// <summary>The grants a list can read, consulted under the store's lock.</summary>
public interface IGrantIndex
{
    /// <summary>The grants the filters select, newest first; null filters select all.</summary>
    IGrantSequence Select(string? customer, string? customerAccount);

    CreditGrant? Find(string id);
}

/// <summary>Grants in list order, read by position in constant time.</summary>
public interface IGrantSequence
{
    int Count { get; }

    CreditGrant this[int position] { get; }

    /// <summary>
    /// Where a grant stands in this order, whether or not the sequence holds it: the positions below Before come before
    /// it, the positions from After on come after it.
    /// </summary>
    (int Before, int After) Locate(CreditGrant grant);
}

/// <summary>How a list cuts its page: the seam of the list faults.</summary>
public interface IListPaging
{
    GrantPage Page(IGrantIndex index, ListQuery query);
}

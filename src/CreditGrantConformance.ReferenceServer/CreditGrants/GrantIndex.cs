namespace CreditGrantConformance.ReferenceServer.CreditGrants;

/// <summary>A stored grant: the index entries point at the slot, the store swaps the grant in it.</summary>
internal sealed class GrantSlot(CreditGrant grant)
{
    public CreditGrant Grant { get; set; } = grant;
}

/// <summary>
/// The grants of one list filter in list order (created, then creation sequence), kept sorted as grants arrive. A new
/// grant is almost always the newest, so insertion appends; binary search finds any grant's place in O(log n).
/// </summary>
internal sealed class GrantIndex(IComparer<CreditGrant> order) : IGrantSequence
{
    private readonly List<GrantSlot> oldestFirst = [];

    public int Count => oldestFirst.Count;

    public CreditGrant this[int position] => oldestFirst[oldestFirst.Count - 1 - position].Grant;

    public void Insert(GrantSlot slot) => oldestFirst.Insert(CountBefore(slot.Grant), slot);

    /// <summary>Takes the slot out, found by the grant it held when it was placed.</summary>
    public void Remove(GrantSlot slot, CreditGrant placedAs)
    {
        var at = CountBefore(placedAs);
        if (at < oldestFirst.Count && ReferenceEquals(oldestFirst[at], slot))
        {
            oldestFirst.RemoveAt(at);
        }
    }

    public (int Before, int After) Locate(CreditGrant grant)
    {
        var older = CountBefore(grant);
        var held = older < oldestFirst.Count && order.Compare(oldestFirst[older].Grant, grant) == 0;
        return (Count - older - (held ? 1 : 0), Count - older);
    }

    private int CountBefore(CreditGrant grant)
    {
        var count = oldestFirst.Count;
        if (count == 0 || order.Compare(oldestFirst[count - 1].Grant, grant) < 0)
        {
            return count;
        }

        var (low, high) = (0, count);
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (order.Compare(oldestFirst[middle].Grant, grant) < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}

/// <summary>
/// List order: by created, then by creation sequence (or, in the lenient variant, by id) within a second.
/// </summary>
internal sealed class GrantOrder(bool tiesById) : IComparer<CreditGrant>
{
    public int Compare(CreditGrant? x, CreditGrant? y)
    {
        var byCreated = x!.Created.CompareTo(y!.Created);
        return byCreated != 0
            ? byCreated
            : tiesById ? string.CompareOrdinal(x.Id, y.Id) : x.Sequence.CompareTo(y.Sequence);
    }
}

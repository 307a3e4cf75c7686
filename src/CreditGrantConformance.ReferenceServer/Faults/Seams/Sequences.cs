using CreditGrantConformance.ReferenceServer.CreditGrants;

namespace CreditGrantConformance.ReferenceServer.Faults.Seams;

/// <summary>The grants oldest first.</summary>
internal sealed class OldestFirst(IGrantSequence newestFirst) : IGrantSequence
{
    public int Count => newestFirst.Count;

    public CreditGrant this[int position] => newestFirst[Count - 1 - position];

    public (int Before, int After) Locate(CreditGrant grant)
    {
        var (before, after) = newestFirst.Locate(grant);
        return (Count - after, Count - before);
    }
}

/// <summary>
/// A cursor found by its created second alone: every grant of that second counts as the cursor itself.
/// </summary>
internal sealed class CursorBySecond(IGrantSequence newestFirst) : IGrantSequence
{
    public int Count => newestFirst.Count;

    public CreditGrant this[int position] => newestFirst[position];

    public (int Before, int After) Locate(CreditGrant grant) =>
        (First(g => g.Created <= grant.Created), First(g => g.Created < grant.Created));

    // The first position where the condition holds; it holds from there to the end, as created falls.
    private int First(Func<CreditGrant, bool> condition)
    {
        var (low, high) = (0, Count);
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (condition(newestFirst[middle]))
            {
                high = middle;
            }
            else
            {
                low = middle + 1;
            }
        }

        return low;
    }
}

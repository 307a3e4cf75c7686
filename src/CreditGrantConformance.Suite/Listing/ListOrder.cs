namespace CreditGrantConformance.Suite.Listing;

/// <summary>
/// What Stripe documents about list order: reverse chronological, by <c>created</c>. Grants created within the same
/// second have no documented order between them, so only a later second listed after an earlier one is a fault.
/// </summary>
public static class ListOrder
{
    /// <summary>
    /// The first place where an older grant is listed before a newer one, or null when the order holds.
    /// </summary>
    public static string? Violation(IReadOnlyList<ListedGrant> listed)
    {
        for (var i = 1; i < listed.Count; i++)
        {
            if (listed[i].Created > listed[i - 1].Created)
            {
                return $"position {i - 1} holds {listed[i - 1].Id} (created {listed[i - 1].Created}) "
                    + $"before {listed[i].Id} (created {listed[i].Created}), which is newer";
            }
        }

        return null;
    }

    /// <summary>
    /// Whether a walk over pages listed every expected grant exactly once and nothing else; null when it did.
    /// </summary>
    public static string? Coverage(IReadOnlyList<string> expected, IReadOnlyList<string> seen)
    {
        var missing = expected.Except(seen).ToList();
        var extra = seen.Except(expected).ToList();
        var repeated = seen.GroupBy(s => s).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        var problems = new List<string>();
        if (missing.Count > 0)
        {
            problems.Add($"never listed: {string.Join(", ", missing)}");
        }

        if (repeated.Count > 0)
        {
            problems.Add($"listed more than once: {string.Join(", ", repeated)}");
        }

        if (extra.Count > 0)
        {
            problems.Add($"not of this customer: {string.Join(", ", extra)}");
        }

        return problems.Count == 0
            ? null
            : $"{seen.Count} listed for {expected.Count} grants; " + string.Join("; ", problems);
    }

    /// <summary>
    /// Whether a grant is listed, and before every grant created in an earlier second; null when it is.
    /// </summary>
    public static string? ListedAheadOfOlder(IReadOnlyList<ListedGrant> listed, string id)
    {
        var index = listed.ToList().FindIndex(g => g.Id == id);
        if (index < 0)
        {
            return $"{id} is not on the first page ({listed.Count} grants)";
        }

        var older = listed.Take(index).FirstOrDefault(g => g.Created < listed[index].Created);
        return older is null
            ? null
            : $"{older.Id} (created {older.Created}) is listed before {id} (created {listed[index].Created}), "
                + "which is newer";
    }
}

using CreditGrantConformance.ReferenceServer.CreditGrants;

namespace CreditGrantConformance.ReferenceServer.Ledger;

/// <summary>
/// Transaction ids, test mode prefixed <c>cbtxn_test_</c> as in the API reference's examples. A grant has at most one
/// entry of each kind, so the id is the grant's own random part and a letter for the kind: the ledger needs no table
/// to find an entry again.
/// </summary>
public static class TransactionIds
{
    private const string Prefix = "cbtxn_test_";
    private const string GrantPrefix = "credgr_test_";
    private const string Letters = "gev";

    public static string For(CreditGrant grant, EntryKind kind) =>
        Prefix + grant.Id[GrantPrefix.Length..] + Letters[(int)kind];

    /// <summary>The grant id an entry id names, or null when it is not one of ours.</summary>
    public static string? GrantOf(string id) =>
        id.StartsWith(Prefix, StringComparison.Ordinal) && id.Length > Prefix.Length + 1
            && Letters.Contains(id[^1], StringComparison.Ordinal)
            ? GrantPrefix + id[Prefix.Length..^1]
            : null;
}

using CreditGrantConformance.ReferenceServer.CreditGrants;

namespace CreditGrantConformance.ReferenceServer.Ledger;

/// <summary>
/// Transaction ids, test mode prefixed <c>cbtxn_test_</c> as in the API reference's examples. A grant has at most one
/// entry of each kind, so the id is the grant's own random part and a letter for the kind: the ledger needs no table
/// to find an entry again. A grant id of another form (the opaque variant's) is kept whole behind a '-', which no
/// random part holds.
/// </summary>
public static class TransactionIds
{
    private const string Prefix = "cbtxn_test_";
    private const string GrantPrefix = "credgr_test_";
    private const string Letters = "gev";

    private const char Whole = '-';

    public static string For(CreditGrant grant, EntryKind kind) =>
        Prefix + (grant.Id.StartsWith(GrantPrefix, StringComparison.Ordinal)
            ? grant.Id[GrantPrefix.Length..]
            : Whole + grant.Id) + Letters[(int)kind];

    /// <summary>The grant id an entry id names, or null when it is not one of ours.</summary>
    public static string? GrantOf(string id) =>
        id.StartsWith(Prefix, StringComparison.Ordinal) && id.Length > Prefix.Length + 1
            && Letters.Contains(id[^1], StringComparison.Ordinal)
            ? id[Prefix.Length] == Whole ? id[(Prefix.Length + 1)..^1] : GrantPrefix + id[Prefix.Length..^1]
            : null;
}

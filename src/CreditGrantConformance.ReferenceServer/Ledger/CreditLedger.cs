using CreditGrantConformance.ReferenceServer.CreditGrants;
using CreditGrantConformance.ReferenceServer.Customers;

namespace CreditGrantConformance.ReferenceServer.Ledger;

/// <summary>
/// The ledger of a customer (or customer account): every entry its grants have written by their customer's time,
/// newest first. Entries are derived from the grants as they stand, so advancing a clock moves its customers through
/// every effective and expiry time it passes.
/// </summary>
public sealed class CreditLedger(CreditGrantStore grants, IGrantHistory history, CustomerTime time)
{
    public IReadOnlyList<CreditGrant> Grants(string? customer, string? customerAccount) => grants.Read(index =>
    {
        var selected = index.Select(customer, customerAccount);
        return Enumerable.Range(0, selected.Count).Select(i => selected[i]).ToList();
    });

    /// <summary>The entries of the given grants, newest first (a grant's debit after its credit).</summary>
    public IReadOnlyList<LedgerEntry> Entries(IEnumerable<CreditGrant> of) =>
        of.SelectMany(g => history.Of(g, time.Now(g.Customer)))
            .OrderByDescending(e => e.Created)
            .ThenByDescending(e => e.Grant.Sequence)
            .ThenByDescending(e => !e.IsCredit)
            .ToList();

    public LedgerEntry? Find(string id) =>
        TransactionIds.GrantOf(id) is { } grantId && grants.Find(grantId) is { } grant
            ? Entries([grant]).FirstOrDefault(e => e.Id == id)
            : null;
}

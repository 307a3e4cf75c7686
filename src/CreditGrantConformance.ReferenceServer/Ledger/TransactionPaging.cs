using CreditGrantConformance.ReferenceServer.Infrastructure;

namespace CreditGrantConformance.ReferenceServer.Ledger;

/// <summary>GetBillingCreditBalanceTransactions as sent: the page, whose ledger, and optionally one grant.</summary>
public sealed record TransactionQuery(PageQuery Page, string? Customer, string? CustomerAccount, string? CreditGrant);

/// <summary>How the transaction list selects and cuts its page: the seam of the transaction-list faults.</summary>
public interface ITransactionPaging
{
    Page<LedgerEntry> Page(IReadOnlyList<LedgerEntry> newestFirst, TransactionQuery query);
}

/// <summary>The entries of the grant asked for (all when none is), cut newest first like every Stripe list.</summary>
public sealed class TransactionPaging : ITransactionPaging
{
    public Page<LedgerEntry> Page(IReadOnlyList<LedgerEntry> newestFirst, TransactionQuery query) =>
        Pages.Cut(
            newestFirst.Where(e => query.CreditGrant is null || e.Grant.Id == query.CreditGrant).ToList(),
            query.Page,
            e => e.Id);
}

using CreditGrantConformance.ReferenceServer.CreditGrants;
using CreditGrantConformance.ReferenceServer.Infrastructure;
using CreditGrantConformance.ReferenceServer.Ledger;

namespace CreditGrantConformance.ReferenceServer.Faults.Seams;

/// <summary>The ledger reads a grant other than it stands: a time or a void lost on the way to the ledger.</summary>
internal sealed class HistoryOfChangedGrant(IGrantHistory inner, Func<CreditGrant, CreditGrant> change) : IGrantHistory
{
    public IReadOnlyList<LedgerEntry> Of(CreditGrant grant, long now) => inner.Of(change(grant), now);
}

/// <summary>Every debit is written twice, the second under an id of its own.</summary>
internal sealed class DebitsTwice(IGrantHistory inner) : IGrantHistory
{
    public IReadOnlyList<LedgerEntry> Of(CreditGrant grant, long now) =>
        inner.Of(grant, now)
            .SelectMany(e => e.IsCredit ? [e] : new[] { e, e with { Id = Twin(e.Id) } })
            .ToList();

    // Another id for the copy: the kind letter in upper case.
    private static string Twin(string id) => id[..^1] + char.ToUpperInvariant(id[^1]);
}

/// <summary>The summary's query is misread before it selects grants.</summary>
internal sealed class SummaryQueryRewritten(IBalanceSummary inner, Func<SummaryQuery, SummaryQuery> rewrite)
    : IBalanceSummary
{
    public IReadOnlyList<Balance> Of(SummaryQuery query) => inner.Of(rewrite(query));

    /// <summary>A filter that selects every grant of the customer.</summary>
    public static SummaryQuery Unfiltered(SummaryQuery query) => query with { Filter = new(null, null, null, null) };
}

/// <summary>The balances are added up right, then spoiled.</summary>
internal sealed class SummaryChanged(
    IBalanceSummary inner,
    Func<IReadOnlyList<Balance>, IReadOnlyList<Balance>> change) : IBalanceSummary
{
    public IReadOnlyList<Balance> Of(SummaryQuery query) => change(inner.Of(query));

    /// <summary>All currencies' values added into one balance, under the first currency.</summary>
    public static IReadOnlyList<Balance> CurrenciesSummed(IReadOnlyList<Balance> balances) => balances.Count < 2
        ? balances
        : [new Balance(balances[0].Currency, balances.Sum(b => b.Available), balances.Sum(b => b.Ledger))];
}

/// <summary>The transaction list's query is misread, or its entries read in another order, before the cut.</summary>
internal sealed class TransactionsRead(
    ITransactionPaging inner,
    Func<TransactionQuery, TransactionQuery> rewrite,
    Func<IReadOnlyList<LedgerEntry>, IReadOnlyList<LedgerEntry>> view) : ITransactionPaging
{
    public Page<LedgerEntry> Page(IReadOnlyList<LedgerEntry> newestFirst, TransactionQuery query) =>
        inner.Page(view(newestFirst), rewrite(query));
}

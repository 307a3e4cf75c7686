using CreditGrantConformance.ReferenceServer.CreditGrants;

namespace CreditGrantConformance.ReferenceServer.Ledger;

/// <summary>
/// filter as sent to GetBillingCreditBalanceSummary: a credit grant, or an applicability scope (a price type or
/// prices).
/// </summary>
public sealed record SummaryFilter(string? Type, string? CreditGrant, string? PriceType, IReadOnlyList<string>? Prices)
{
    public const string ByGrant = "credit_grant";

    /// <summary>
    /// Whether a grant's credits count for this filter: the grant itself, or a grant whose scope covers the filter's.
    /// A price_type grant covers every metered price; a prices grant covers the prices it names, not a whole price
    /// type (ASSUMPTIONS.md summary.scope_filter).
    /// </summary>
    public bool Selects(CreditGrant grant) => Type == ByGrant
        ? grant.Id == CreditGrant
        : PriceType is not null ? grant.PriceType == PriceType
        : Prices is null || grant.PriceType is not null || grant.Prices?.Intersect(Prices).Any() == true;
}

public sealed record SummaryQuery(string? Customer, string? CustomerAccount, SummaryFilter Filter);

/// <summary>One currency's balances: available and ledger, in the currency's minor unit.</summary>
public sealed record Balance(string Currency, long Available, long Ledger);

/// <summary>How the summary selects and adds up: the seam of the summary faults, which decorate it.</summary>
public interface IBalanceSummary
{
    IReadOnlyList<Balance> Of(SummaryQuery query);
}

/// <summary>
/// One balance per currency of the grants the filter selects (API reference: "One entry per credit grant
/// currency"), in currency order. The ledger commits an expiry as it happens, so available equals ledger here; the
/// object's reference allows the ledger to lag.
/// </summary>
public sealed class BalanceSummary(CreditLedger ledger) : IBalanceSummary
{
    public IReadOnlyList<Balance> Of(SummaryQuery query)
    {
        var grants = ledger.Grants(query.Customer, query.CustomerAccount).Where(query.Filter.Selects).ToList();
        var entries = ledger.Entries(grants);
        return grants.Select(g => g.Monetary?.Currency).OfType<string>().Distinct().Order(StringComparer.Ordinal)
            .Select(currency =>
            {
                var sum = entries.Where(e => e.Amount.Currency == currency).Sum(e => e.Signed);
                return new Balance(currency, sum, sum);
            })
            .ToList();
    }
}

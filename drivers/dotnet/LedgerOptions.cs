using System.Text.Json.Nodes;
using Stripe.Billing;

namespace StripeNetDriver;

/// <summary>
/// The typed options of Stripe.net's credit balance calls (<see cref="CreditBalanceSummaryService"/>,
/// <see cref="CreditBalanceTransactionService"/>), built from the call's JSON parameters; a filter that does not fit
/// its classes goes whole through the extra parameters.
/// </summary>
internal static class LedgerOptions
{
    public static readonly OptionsMap<CreditBalanceSummaryGetOptions> Summary =
        new OptionsMap<CreditBalanceSummaryGetOptions>()
            .String("customer", (o, v) => o.Customer = v)
            .String("customer_account", (o, v) => o.CustomerAccount = v)
            .Nested("filter", Filter, (o, v) => o.Filter = v);

    public static readonly OptionsMap<CreditBalanceTransactionListOptions> Transactions =
        PagedOptions.Map<CreditBalanceTransactionListOptions>()
            .String("customer", (o, v) => o.Customer = v)
            .String("customer_account", (o, v) => o.CustomerAccount = v)
            .String("credit_grant", (o, v) => o.CreditGrant = v);

    public static readonly OptionsMap<CreditBalanceTransactionGetOptions> Transaction = new();

    private static CreditBalanceSummaryFilterOptions? Filter(JsonNode value)
    {
        if (!Fit.Object(value, out var filter, "type", "credit_grant", "applicability_scope")
            || !Fit.Member(filter, "type", out var type)
            || !Fit.Member(filter, "credit_grant", out var grant))
        {
            return null;
        }

        var options = new CreditBalanceSummaryFilterOptions { Type = type, CreditGrant = grant };
        if (filter["applicability_scope"] is not { } scope)
        {
            return options;
        }

        if (!NestedOptions.Scope(scope, out var priceType, out var priceIds))
        {
            return null;
        }

        options.ApplicabilityScope = new CreditBalanceSummaryFilterApplicabilityScopeOptions
        {
            PriceType = priceType,
            Prices = priceIds?.Select(id => new CreditBalanceSummaryFilterApplicabilityScopePriceOptions { Id = id })
                .ToList(),
        };
        return options;
    }
}

using CreditGrantConformance.Operations;
using CreditGrantConformance.ReferenceServer.Rules;

namespace CreditGrantConformance.ReferenceServer.Ledger;

/// <summary>
/// What GetBillingCreditBalanceSummary requires of its filter, in the order they are reported: the spec's required
/// filter and filter[type] and its enums, the API reference's scope rule (price_type or prices, not both), and what
/// Stripe leaves open: at most 20 prices, and what a filter needs to mean anything.
/// </summary>
public static class SummaryRules
{
    private const string Operation = "OpenAPI GetBillingCreditBalanceSummary";
    private const string Scope = "filter[applicability_scope]";

    public static readonly Rule<SummaryRequest> FilterRequired = Rule.Required<SummaryRequest>(
        "balance_summary.filter_required", Provenance.Spec, Operation + ": filter is required",
        "filter", r => r.Filter is null);

    public static readonly Rule<SummaryRequest> TypeRequired = Rule.Required<SummaryRequest>(
        "balance_summary.filter_type_required", Provenance.Spec, Operation + ": filter[type] is required",
        "filter[type]", r => r.Filter is not null && r.Type is null);

    public static readonly Rule<SummaryRequest> TypeEnum = Rule.OneOf<SummaryRequest>(
        "balance_summary.filter_type_enum", Provenance.Spec,
        Operation + ": filter[type] is an enum of applicability_scope or credit_grant",
        "filter[type]", r => r.Type, "applicability_scope", SummaryFilter.ByGrant);

    public static readonly Rule<SummaryRequest> GrantRequired = Rule.Required<SummaryRequest>(
        "balance_summary.filter_credit_grant_required", Provenance.Assumed,
        "filter[type]=credit_grant names no grant without filter[credit_grant] (ASSUMPTIONS.md summary.filter_parts)",
        "filter[credit_grant]", r => r.Type == SummaryFilter.ByGrant && r.CreditGrant is null);

    public static readonly Rule<SummaryRequest> ScopeRequired = Rule.Required<SummaryRequest>(
        "balance_summary.filter_scope_required", Provenance.Assumed,
        "filter[type]=applicability_scope names no scope without filter[applicability_scope] "
            + "(ASSUMPTIONS.md summary.filter_parts)",
        Scope, r => r.Type == "applicability_scope" && r.PriceType is null && r.Prices is null);

    public static readonly Rule<SummaryRequest> ScopeExclusive = Rule.Refuse<SummaryRequest>(
        "balance_summary.scope_exclusive", Provenance.Documented,
        "API reference, credit balance summary: price_type cannot be used in combination with prices "
            + "(error code: Stripe's generic parameters_exclusive)",
        r => r.PriceType is not null && r.Prices is not null,
        _ => StripeError.Exclusive(Scope, "price_type", "prices"));

    public static readonly Rule<SummaryRequest> PriceTypeEnum = Rule.OneOf<SummaryRequest>(
        "balance_summary.price_type_enum", Provenance.Spec,
        Operation + ": filter[applicability_scope][price_type] is an enum of metered",
        Scope + "[price_type]", r => r.PriceType, "metered");

    public static readonly Rule<SummaryRequest> PricesLimit = Rule.AtMost<SummaryRequest>(
        "balance_summary.prices_limit", Provenance.Assumed,
        "filter[applicability_scope][prices] holds at most 20 prices: the API reference and the OpenAPI "
            + "operation document no limit (ASSUMPTIONS.md summary.prices_limit)",
        20, r => r.Prices?.Count,
        (count, limit) => StripeError.Invalid(
            $"Invalid array: {Scope}[prices] can hold at most {limit} prices; it has {count}.", Scope + "[prices]"));

    public static readonly Rule<SummaryRequest> PriceIdRequired = Rule.Refuse<SummaryRequest>(
        "balance_summary.price_id_required", Provenance.Spec,
        Operation + ": filter[applicability_scope][prices][][id] is required",
        r => r.Prices?.Contains(null) == true,
        r => StripeError.Missing($"{Scope}[prices][{r.Prices!.TakeWhile(id => id is not null).Count()}][id]"));

    public static readonly RuleList<SummaryRequest> Filter = new(ApiOperation.RetrieveBalanceSummary.Label,
    [
        FilterRequired, TypeRequired, TypeEnum, ScopeExclusive, PriceTypeEnum, PricesLimit, PriceIdRequired,
        GrantRequired, ScopeRequired,
    ]);
}

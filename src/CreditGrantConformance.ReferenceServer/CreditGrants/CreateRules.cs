using CreditGrantConformance.Operations;
using CreditGrantConformance.ReferenceServer.Customers;
using CreditGrantConformance.ReferenceServer.Rules;

namespace CreditGrantConformance.ReferenceServer.CreditGrants;

/// <summary>A create request, the API version it was sent under and what its rules look up.</summary>
public sealed record CreateCheck(CreateRequest Request, CustomerStore Customers, string ApiVersion);

/// <summary>
/// What PostBillingCreditGrants requires of its request, in the order Stripe reports it: required parameters, enums
/// and the scope, then the currency, category and customer. The rules on the grant's values are
/// <see cref="GrantValueRules"/>.
/// </summary>
public static class CreateRules
{
    private const string Operation = "OpenAPI PostBillingCreditGrants";
    private const string Missing = "; Stripe answers parameter_missing naming the bracketed param (observed)";

    public static readonly Rule<CreateCheck> AmountRequired = SpecRequired(
        "create.amount_required", "amount", c => c.Request.Amount is null);

    public static readonly Rule<CreateCheck> AmountTypeRequired = SpecRequired(
        "create.amount_type_required", "amount[type]",
        c => c.Request.Amount is not null && c.Request.AmountType is null);

    public static readonly Rule<CreateCheck> AmountTypeEnum = SpecEnum(
        "create.amount_type_enum", "amount[type]", c => c.Request.AmountType, "monetary");

    public static readonly Rule<CreateCheck> MonetaryRequired = Rule.Required<CreateCheck>(
        "create.amount_monetary_required", Provenance.Assumed,
        "the spec marks amount[monetary] optional, but a monetary amount has no value without it "
            + "(ASSUMPTIONS.md create.missing_monetary)",
        "amount[monetary]", c => c.Request.Amount is not null && c.Request.Monetary is null);

    public static readonly Rule<CreateCheck> CurrencyRequired = SpecRequired(
        "create.currency_required", "amount[monetary][currency]",
        c => c.Request.Monetary is not null && c.Request.Currency is null);

    public static readonly Rule<CreateCheck> ValueRequired = SpecRequired(
        "create.value_required", "amount[monetary][value]",
        c => c.Request.Monetary is not null && c.Request.Value is null);

    public static readonly Rule<CreateCheck> ApplicabilityRequired = SpecRequired(
        "create.applicability_config_required", "applicability_config", c => c.Request.ApplicabilityConfig is null);

    public static readonly Rule<CreateCheck> ScopeRequired = Rule.Required<CreateCheck>(
        "create.scope_required", Provenance.Spec,
        Operation + ": applicability_config[scope] is required",
        "applicability_config[scope]", c => c.Request.ApplicabilityConfig is not null && c.Request.Scope is null);

    public static readonly Rule<CreateCheck> ScopeExclusive = Rule.Refuse<CreateCheck>(
        "create.scope_exclusive", Provenance.Documented,
        "API reference, create a credit grant: price_type cannot be used in combination with prices "
            + "(error code: Stripe's generic parameters_exclusive)",
        c => c.Request.PriceType is not null && c.Request.Prices is not null,
        _ => StripeError.Exclusive("applicability_config[scope]", "price_type", "prices"));

    public static readonly Rule<CreateCheck> PriceTypeEnum = SpecEnum(
        "create.price_type_enum", "applicability_config[scope][price_type]", c => c.Request.PriceType, "metered");

    public static readonly Rule<CreateCheck> ScopeNotEmpty = Rule.Required<CreateCheck>(
        "create.scope_not_empty", Provenance.Assumed,
        "a scope with neither price_type nor prices means nothing (ASSUMPTIONS.md create.scope_empty)",
        "applicability_config[scope]",
        c => c.Request.Scope is not null && c.Request.PriceType is null && c.Request.Prices is null);

    public static readonly Rule<CreateCheck> PriceIdRequired = Rule.Refuse<CreateCheck>(
        "create.price_id_required", Provenance.Spec,
        Operation + ": applicability_config[scope][prices][][id] is required",
        c => c.Request.Prices?.Contains(null) == true,
        c => StripeError.Missing(
            $"applicability_config[scope][prices][{c.Request.Prices!.TakeWhile(id => id is not null).Count()}][id]"));

    public static readonly Rule<CreateCheck> CurrencySupported = Rule.Refuse<CreateCheck>(
        "create.currency_supported", Provenance.Spec,
        Operation + ": amount[monetary][currency] has format currency (an ISO code Stripe supports)",
        c => c.Request.Currency is { } code && Currencies.Canonical(code) is null,
        c => StripeError.Invalid(
            $"Invalid currency: {c.Request.Currency!.ToLowerInvariant()}. "
                + "Use a three-letter ISO code in lower case that Stripe supports, such as usd.",
            "amount[monetary][currency]"));

    public static readonly Rule<CreateCheck> CategoryEnum = SpecEnum(
        "create.category_enum", "category", c => c.Request.Category, "paid", "promotional");

    public static readonly Rule<CreateCheck> CategoryRequiredBeforeClover = Rule.Required<CreateCheck>(
        "create.category_required_before_clover", Provenance.Documented,
        "Stripe changelog 2025-10-29.clover (credit-grant-optional-category): category was required before it"
            + Missing,
        "category",
        c => c.Request.Category is null && !ApiVersions.IsAtLeast(c.ApiVersion, ApiVersions.OptionalCategory));

    public static readonly Rule<CreateCheck> CustomerRequired = Rule.Required<CreateCheck>(
        "create.customer_required", Provenance.Assumed,
        "the spec makes customer optional beside the preview customer_account; the server emulates customer grants "
            + "(ASSUMPTIONS.md create.neither_customer)",
        "customer", c => c.Request.Customer is null);

    public static readonly Rule<CreateCheck> CustomerExists = Rule.NamesAnObject<CreateCheck>(
        "create.customer_exists", "customer", "customer", c => c.Request.Customer,
        (c, id) => c.Customers.Find(id) is { Deleted: false });

    public static readonly RuleList<CreateCheck> Request = new("create",
    [
        AmountRequired, AmountTypeRequired, AmountTypeEnum, MonetaryRequired, CurrencyRequired, ValueRequired,
        ApplicabilityRequired, ScopeRequired, ScopeExclusive, PriceTypeEnum, ScopeNotEmpty, PriceIdRequired,
        CurrencySupported, CategoryRequiredBeforeClover, CategoryEnum, CustomerRequired, CustomerExists,
    ]);

    // A parameter the spec requires, refused as Stripe refuses one missing: parameter_missing naming it.
    private static Rule<CreateCheck> SpecRequired(string name, string param, Func<CreateCheck, bool> missing) =>
        Rule.Required(name, Provenance.Spec, Operation + ": " + param + " is required" + Missing, param, missing);

    // An enum of the spec: a value outside it is refused as Stripe refuses one (Rule.OneOf).
    private static Rule<CreateCheck> SpecEnum(
        string name,
        string param,
        Func<CreateCheck, string?> value,
        params string[] allowed) =>
        Rule.OneOf(
            name, Provenance.Spec, Operation + ": " + param + " is an enum of " + string.Join(" or ", allowed), param,
            value, allowed);
}

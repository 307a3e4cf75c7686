using CreditGrantConformance.ReferenceServer.CreditGrants;
using CreditGrantConformance.ReferenceServer.Infrastructure;
using static CreditGrantConformance.ReferenceServer.Infrastructure.ParamReader;

namespace CreditGrantConformance.ReferenceServer.Ledger;

/// <summary>GetBillingCreditBalanceSummary as sent: whose balance, and the filter with what of it is present.</summary>
public sealed record SummaryRequest(
    string? Customer,
    string? CustomerAccount,
    FormObject? Filter,
    string? Type,
    string? CreditGrant,
    FormObject? Scope,
    string? PriceType,
    IReadOnlyList<string?>? Prices)
{
    private const string PricesPath = "filter[applicability_scope][prices]";

    public static readonly ParamShape Shape = ParamShape.Object(
        ("customer", ParamShape.Scalar),
        ("customer_account", ParamShape.Scalar),
        ("filter", ParamShape.Object(
            ("type", ParamShape.Scalar),
            ("credit_grant", ParamShape.Scalar),
            ("applicability_scope", ParamShape.Object(
                ("price_type", ParamShape.Scalar),
                ("prices", ParamShape.ArrayOf(ParamShape.Object(("id", ParamShape.Scalar)))))))),
        ParamShape.Expand);

    public static SummaryRequest Read(FormObject p)
    {
        var filter = OptionalObject(p, "filter", "filter");
        var scope = filter is null
            ? null
            : OptionalObject(filter, "applicability_scope", "filter[applicability_scope]");
        return new SummaryRequest(
            Text(p, "customer", "customer"),
            Text(p, "customer_account", "customer_account"),
            filter,
            filter is null ? null : filter["type"] is null ? null : Text(filter, "type", "filter[type]") ?? "",
            filter is null ? null : Text(filter, "credit_grant", "filter[credit_grant]"),
            scope,
            scope is null ? null : Text(scope, "price_type", "filter[applicability_scope][price_type]"),
            scope is null ? null : CreateRequest.PriceIds(scope["prices"], PricesPath));
    }

    public SummaryQuery Query => new(
        Customer,
        CustomerAccount,
        new SummaryFilter(Type, CreditGrant, PriceType, Prices?.OfType<string>().ToList()));
}

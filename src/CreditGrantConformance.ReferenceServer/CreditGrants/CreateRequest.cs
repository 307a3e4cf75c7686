using CreditGrantConformance.ReferenceServer.Infrastructure;
using CreditGrantConformance.ReferenceServer.Rules;
using static CreditGrantConformance.ReferenceServer.Infrastructure.ParamReader;

namespace CreditGrantConformance.ReferenceServer.CreditGrants;

/// <summary>
/// The parameters of PostBillingCreditGrants read into typed values. Reading refuses only a value of the wrong type (an
/// object where text belongs, text that is not an integer); whether a value is required or allowed is for the rules.
/// Category is "" when it was sent empty.
/// </summary>
public sealed record CreateRequest(
    FormObject? Amount,
    string? AmountType,
    FormObject? Monetary,
    string? Currency,
    long? Value,
    FormObject? ApplicabilityConfig,
    FormObject? Scope,
    string? PriceType,
    IReadOnlyList<string?>? Prices,
    string? Category,
    string? Customer,
    string? CustomerAccount,
    long? EffectiveAt,
    long? ExpiresAt,
    long? Priority,
    string? Name,
    MetadataPatch? Metadata)
{
    private const string PricesPath = "applicability_config[scope][prices]";

    public static CreateRequest Read(FormObject p)
    {
        var amount = OptionalObject(p, "amount", "amount");
        var monetary = amount is null ? null : OptionalObject(amount, "monetary", "amount[monetary]");
        var applicability = OptionalObject(p, "applicability_config", "applicability_config");
        var scope = applicability is null
            ? null
            : OptionalObject(applicability, "scope", "applicability_config[scope]");
        return new CreateRequest(
            amount,
            amount is null ? null : Text(amount, "type", "amount[type]"),
            monetary,
            monetary is null ? null : Text(monetary, "currency", "amount[monetary][currency]"),
            monetary is null ? null : Integer(monetary, "value", "amount[monetary][value]"),
            applicability,
            scope,
            scope is null ? null : Text(scope, "price_type", "applicability_config[scope][price_type]"),
            scope is null ? null : PriceIds(scope["prices"], PricesPath),
            p["category"] is null ? null : Text(p, "category", "category") ?? "",
            Text(p, "customer", "customer"),
            Text(p, "customer_account", "customer_account"),
            Integer(p, "effective_at", "effective_at"),
            Integer(p, "expires_at", "expires_at"),
            Integer(p, "priority", "priority"),
            Text(p, "name", "name"),
            MetadataPatch.Read(p["metadata"]));
    }

    /// <summary>
    /// Each price's id in a prices array sent at <paramref name="path"/>, null where an item has none (a rule reports
    /// it); an empty or malformed array is refused.
    /// </summary>
    public static List<string?>? PriceIds(FormNode? node, string path)
    {
        if (IsAbsent(node))
        {
            return null;
        }

        if (AsArray(node) is not { Items.Count: > 0 } prices)
        {
            throw new ApiException(StripeError.Invalid(
                $"Invalid array: {path} must be a non-empty array like prices[0][id]=price_123.", path));
        }

        return prices.Items
            .Select((item, i) => item is FormObject price ? Text(price, "id", $"{path}[{i}][id]") : null)
            .ToList();
    }
}

using System.Text.Json.Nodes;
using Stripe.Billing;

namespace StripeNetDriver;

/// <summary>
/// The nested parameters of a grant's create (amount, applicability_config) as Stripe.net's option classes, or null
/// when any part of them does not fit those classes: then the whole parameter goes through the extra parameters.
/// </summary>
internal static class NestedOptions
{
    public static CreditGrantAmountOptions? Amount(JsonNode value)
    {
        if (!Fit.Object(value, out var amount, "type", "monetary") || !Fit.Member(amount, "type", out var type))
        {
            return null;
        }

        var options = new CreditGrantAmountOptions { Type = type };
        if (amount["monetary"] is not { } monetary)
        {
            return options;
        }

        options.Monetary = Monetary(monetary);
        return options.Monetary is null ? null : options;
    }

    public static CreditGrantApplicabilityConfigOptions? ApplicabilityConfig(JsonNode value)
    {
        if (!Fit.Object(value, out var config, "scope"))
        {
            return null;
        }

        var options = new CreditGrantApplicabilityConfigOptions();
        if (config["scope"] is not { } scope)
        {
            return options;
        }

        options.Scope = Scope(scope);
        return options.Scope is null ? null : options;
    }

    private static CreditGrantAmountMonetaryOptions? Monetary(JsonNode value)
    {
        if (!Fit.Object(value, out var monetary, "currency", "value")
            || !Fit.Member(monetary, "currency", out var currency))
        {
            return null;
        }

        var options = new CreditGrantAmountMonetaryOptions { Currency = currency };

        if (monetary["value"] is { } number)
        {
            if (!Fit.Long(number, out var cents))
            {
                return null;
            }

            options.Value = cents;
        }

        return options;
    }

    /// <summary>
    /// A scope's price_type and price ids as both of Stripe.net's scope classes hold them (a grant's applicability
    /// config, the balance summary's filter); false when any part of it does not fit them.
    /// </summary>
    public static bool Scope(JsonNode value, out string? priceType, out List<string?>? priceIds)
    {
        priceType = null;
        priceIds = null;
        if (!Fit.Object(value, out var scope, "price_type", "prices")
            || !Fit.Member(scope, "price_type", out priceType))
        {
            return false;
        }

        if (scope["prices"] is { } prices)
        {
            priceIds = PriceIds(prices);
            return priceIds is not null;
        }

        return true;
    }

    private static CreditGrantApplicabilityConfigScopeOptions? Scope(JsonNode value) =>
        Scope(value, out var priceType, out var priceIds)
            ? new CreditGrantApplicabilityConfigScopeOptions
            {
                PriceType = priceType,
                Prices = priceIds?.Select(id => new CreditGrantApplicabilityConfigScopePriceOptions { Id = id })
                    .ToList(),
            }
            : null;

    private static List<string?>? PriceIds(JsonNode value)
    {
        if (value is not JsonArray { Count: > 0 } items)
        {
            return null;
        }

        var ids = new List<string?>();
        foreach (var item in items)
        {
            if (!Fit.Object(item, out var price, "id") || !Fit.Member(price, "id", out var id))
            {
                return null;
            }

            ids.Add(id);
        }

        return ids;
    }
}

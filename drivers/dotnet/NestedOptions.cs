using System.Text.Json.Nodes;
using Stripe.Billing;

namespace StripeNetDriver;

/// <summary>
/// The nested parameters of a create (amount, applicability_config) as Stripe.net's option classes, or null when any
/// part of them does not fit those classes: then the whole parameter goes through the extra parameters.
/// </summary>
internal static class NestedOptions
{
    public static CreditGrantAmountOptions? Amount(JsonNode value)
    {
        if (!Fit.Object(value, out var amount, "type", "monetary"))
        {
            return null;
        }

        var options = new CreditGrantAmountOptions();
        if (amount["type"] is { } type)
        {
            if (!Fit.String(type, out var text))
            {
                return null;
            }

            options.Type = text;
        }

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
        if (!Fit.Object(value, out var monetary, "currency", "value"))
        {
            return null;
        }

        var options = new CreditGrantAmountMonetaryOptions();
        if (monetary["currency"] is { } currency)
        {
            if (!Fit.String(currency, out var text))
            {
                return null;
            }

            options.Currency = text;
        }

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

    private static CreditGrantApplicabilityConfigScopeOptions? Scope(JsonNode value)
    {
        if (!Fit.Object(value, out var scope, "price_type", "prices"))
        {
            return null;
        }

        var options = new CreditGrantApplicabilityConfigScopeOptions();
        if (scope["price_type"] is { } priceType)
        {
            if (!Fit.String(priceType, out var text))
            {
                return null;
            }

            options.PriceType = text;
        }

        if (scope["prices"] is { } prices)
        {
            options.Prices = Prices(prices);
            if (options.Prices is null)
            {
                return null;
            }
        }

        return options;
    }

    private static List<CreditGrantApplicabilityConfigScopePriceOptions>? Prices(JsonNode value)
    {
        if (value is not JsonArray { Count: > 0 } items)
        {
            return null;
        }

        var prices = new List<CreditGrantApplicabilityConfigScopePriceOptions>();
        foreach (var item in items)
        {
            if (!Fit.Object(item, out var price, "id") || (price["id"] is { } id && !Fit.String(id, out _)))
            {
                return null;
            }

            prices.Add(new CreditGrantApplicabilityConfigScopePriceOptions { Id = price["id"]?.GetValue<string>() });
        }

        return prices;
    }
}

using System.Text.Json.Nodes;
using Stripe.Billing;

namespace StripeNetDriver;

/// <summary>The typed options of each credit-grant call of Stripe.net, built from the call's JSON parameters.</summary>
internal static class GrantOptions
{
    public static readonly OptionsMap<CreditGrantCreateOptions> Create = new OptionsMap<CreditGrantCreateOptions>()
        .String("customer", (o, v) => o.Customer = v)
        .String("customer_account", (o, v) => o.CustomerAccount = v)
        .String("category", (o, v) => o.Category = v)
        .String("name", (o, v) => o.Name = v)
        .Long("priority", (o, v) => o.Priority = v)
        .Time("effective_at", (o, v) => o.EffectiveAt = v)
        .Time("expires_at", (o, v) => o.ExpiresAt = v)
        .Metadata((o, v) => o.Metadata = v)
        .Nested("amount", NestedOptions.Amount, (o, v) => o.Amount = v)
        .Nested("applicability_config", NestedOptions.ApplicabilityConfig, (o, v) => o.ApplicabilityConfig = v);

    public static readonly OptionsMap<CreditGrantUpdateOptions> Update = new OptionsMap<CreditGrantUpdateOptions>()
        .Metadata((o, v) => o.Metadata = v)
        // "" clears the expiry: Stripe.net sends expires_at= for a property explicitly set to null.
        .Custom("expires_at", (o, v) => ClearsOrSets(v, t => o.ExpiresAt = t));

    public static readonly OptionsMap<CreditGrantListOptions> List = PagedOptions.Map<CreditGrantListOptions>()
        .String("customer", (o, v) => o.Customer = v)
        .String("customer_account", (o, v) => o.CustomerAccount = v);

    public static readonly OptionsMap<CreditGrantGetOptions> Get = new();

    public static readonly OptionsMap<CreditGrantExpireOptions> Expire = new();

    public static readonly OptionsMap<CreditGrantVoidGrantOptions> Void = new();

    private static bool ClearsOrSets(JsonNode value, Action<DateTime?> set)
    {
        if (Fit.String(value, out var text) && text.Length == 0)
        {
            set(null);
            return true;
        }

        if (Fit.Time(value, out var time))
        {
            set(time);
            return true;
        }

        return false;
    }
}

using CreditGrantConformance.ReferenceServer.Customers;
using CreditGrantConformance.ReferenceServer.Faults;
using CreditGrantConformance.ReferenceServer.Infrastructure;
using static CreditGrantConformance.ReferenceServer.Infrastructure.ParamReader;

namespace CreditGrantConformance.ReferenceServer.CreditGrants;

/// <summary>
/// Validates PostBillingCreditGrants (stripe-api-behaviour A.2) in Stripe's order: unknown parameters, then required
/// ones (amount, amount[type], amount[monetary], currency, value, applicability_config, scope), then the rest.
/// </summary>
public sealed class CreateGrantParser(CustomerStore customers, FaultSwitch faults)
{
    public static readonly ParamShape Shape = ParamShape.Object(
        ("amount", ParamShape.Object(("type", ParamShape.Scalar), ("monetary", ParamShape.Object(("currency", ParamShape.Scalar), ("value", ParamShape.Scalar))))),
        ("applicability_config", ParamShape.Object(("scope", ParamShape.Object(("price_type", ParamShape.Scalar), ("prices", ParamShape.ArrayOf(ParamShape.Object(("id", ParamShape.Scalar)))))))),
        ("category", ParamShape.Scalar),
        ("customer", ParamShape.Scalar),
        ("customer_account", ParamShape.Scalar),
        ("effective_at", ParamShape.Scalar),
        ("expires_at", ParamShape.Scalar),
        ("metadata", ParamShape.Map),
        ("name", ParamShape.Scalar),
        ("priority", ParamShape.Scalar),
        ("expand", ParamShape.ArrayOf(ParamShape.Scalar)));

    /// <summary>Builds the grant; <paramref name="storeEarly"/> is the seam of the create.rejected_still_stored fault.</summary>
    public CreditGrant Parse(FormObject p, long now, long sequence, Action<CreditGrant> storeEarly)
    {
        if (!faults.Has(FaultNames.CreateAcceptsUnknownParameters))
        {
            ParamShape.RejectUnknown(Shape, p, "");
        }

        var amount = RequireObject(p, "amount", "amount");
        var enums = !faults.Has(FaultNames.CreateEnumsUnchecked);
        if (enums)
        {
            Enum(amount, "type", "amount[type]", "monetary");
        }

        var monetary = RequireObject(amount, "monetary", "amount[monetary]");
        var currency = RequireText(monetary, "currency", "amount[monetary][currency]").ToLowerInvariant();
        var value = Integer(monetary, "value", "amount[monetary][value]") ?? throw new ApiException(StripeError.Missing("amount[monetary][value]"));
        var scope = RequireObject(RequireObject(p, "applicability_config", "applicability_config"), "scope", "applicability_config[scope]");
        var (priceType, prices) = Scope(scope, enums);

        if (!Currencies.IsKnown(currency))
        {
            throw new ApiException(StripeError.Invalid($"Invalid currency: {currency}. Use a three-letter ISO code in lower case that Stripe supports, such as usd.", "amount[monetary][currency]"));
        }

        var category = p["category"] is null || faults.Has(FaultNames.CreateCategoryIgnored) ? "paid"
            : enums ? Enum(p, "category", "category", "paid", "promotional") : RequireText(p, "category", "category");
        var customer = Customer(p);
        var effectiveAt = Integer(p, "effective_at", "effective_at");
        var expiresAt = Integer(p, "expires_at", "expires_at");
        var priority = Integer(p, "priority", "priority");
        var name = Text(p, "name", "name");
        Expand(p, "customer", "test_clock");
        var grant = new CreditGrant
        {
            Id = CreditGrantStore.NewId(),
            Sequence = sequence,
            Currency = currency,
            Value = value,
            PriceType = faults.Has(FaultNames.CreatePricesDropped) ? "metered" : priceType,
            Prices = faults.Has(FaultNames.CreatePricesDropped) ? null : prices,
            Category = category,
            Customer = customer,
            CustomerAccount = Text(p, "customer_account", "customer_account"),
            Created = now,
            EffectiveAt = faults.Has(FaultNames.CreateEffectiveAtIgnored) ? now : effectiveAt ?? now,
            ExpiresAt = faults.Has(FaultNames.CreateExpiresAtIgnored) ? null : expiresAt,
            Metadata = new Dictionary<string, string>(),
            Name = faults.Has(FaultNames.CreateNameNotStored) ? null : name,
            Priority = priority ?? (faults.Has(FaultNames.GrantPriorityDefaultNull) ? null : 50),
            Updated = now,
        };
        if (faults.Has(FaultNames.CreateRejectedStillStored))
        {
            storeEarly(grant);
        }

        LateRules(value, priority, name, effectiveAt ?? now, expiresAt);
        var metadata = MetadataRules.Apply(grant.Metadata, p["metadata"], replace: true, enforceLimits: !faults.Has(FaultNames.CreateLengthsUnchecked));
        if (faults.Has(FaultNames.CreateLongMetadataKeysTruncated))
        {
            metadata = metadata.ToDictionary(m => m.Key.Length > 30 ? m.Key[..30] : m.Key, m => m.Value);
        }

        return faults.Has(FaultNames.CreateMetadataDropped) ? grant : grant with { Metadata = metadata };
    }

    private void LateRules(long value, long? priority, string? name, long effectiveAt, long? expiresAt)
    {
        if (value <= 0 && !faults.Has(FaultNames.CreateAllowsNonpositiveValue))
        {
            throw new ApiException(StripeError.InvalidInteger("amount[monetary][value]", "Invalid positive integer: amount[monetary][value] must be greater than 0."));
        }

        if (priority is < 0 or > 100 && !faults.Has(FaultNames.CreatePriorityRangeUnchecked))
        {
            throw new ApiException(StripeError.InvalidInteger("priority", "This value must be between 0 and 100."));
        }

        if (name?.Length > 100 && !faults.Has(FaultNames.CreateLengthsUnchecked))
        {
            throw new ApiException(StripeError.Invalid($"Invalid string: name must be at most 100 characters; it has {name.Length}.", "name"));
        }

        if (expiresAt <= effectiveAt)
        {
            throw new ApiException(StripeError.Invalid("expires_at must be after effective_at (or after now when effective_at is not given).", "expires_at"));
        }
    }

    private static (string? PriceType, IReadOnlyList<string>? Prices) Scope(FormObject scope, bool enums)
    {
        var hasType = !IsAbsent(scope["price_type"]);
        var hasPrices = !IsAbsent(scope["prices"]);
        if (hasType && hasPrices)
        {
            throw new ApiException(StripeError.Exclusive("applicability_config[scope]", "price_type", "prices"));
        }

        if (hasType)
        {
            return (enums ? Enum(scope, "price_type", "applicability_config[scope][price_type]", "metered") : RequireText(scope, "price_type", "applicability_config[scope][price_type]"), null);
        }

        if (!hasPrices)
        {
            throw new ApiException(StripeError.Missing("applicability_config[scope]"));
        }

        if (AsArray(scope["prices"]) is not { Items.Count: > 0 } prices)
        {
            throw new ApiException(StripeError.Invalid("Invalid array: applicability_config[scope][prices] must be a non-empty array like prices[0][id]=price_123.", "applicability_config[scope][prices]"));
        }

        return (null, prices.Items.Select((item, i) => item is FormObject price
            ? RequireText(price, "id", $"applicability_config[scope][prices][{i}][id]")
            : throw new ApiException(StripeError.Missing($"applicability_config[scope][prices][{i}][id]"))).ToList());
    }

    private string Customer(FormObject p)
    {
        var id = Text(p, "customer", "customer") ?? throw new ApiException(StripeError.Missing("customer"));
        return customers.Find(id) is { Deleted: false } || faults.Has(FaultNames.CreateCustomerUnchecked)
            ? id
            : throw new ApiException(StripeError.NoSuch("customer", id, "customer", 400));
    }
}

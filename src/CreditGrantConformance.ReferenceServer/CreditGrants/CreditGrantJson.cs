using System.Text.Json.Nodes;
using CreditGrantConformance.ReferenceServer.Customers;
using CreditGrantConformance.ReferenceServer.Faults;

namespace CreditGrantConformance.ReferenceServer.CreditGrants;

/// <summary>
/// The billing.credit_grant object: every field present, nulls written, as the OpenAPI excerpt describes it. The scope
/// carries only the field it was created with (price_type and prices are not nullable in the spec). The shape faults
/// live here, at the serializer seam.
/// </summary>
public sealed class CreditGrantJson(CustomerStore customers, FaultSwitch faults)
{
    public JsonObject Write(CreditGrant grant, bool expandCustomer)
    {
        var scope = new JsonObject();
        if (grant.PriceType is not null)
        {
            scope["price_type"] = grant.PriceType;
        }

        if (grant.Prices is not null)
        {
            scope["prices"] = new JsonArray(grant.Prices.Select(id => (JsonNode?)new JsonObject { ["id"] = id }).ToArray());
        }

        return new JsonObject
        {
            ["id"] = grant.Id,
            ["object"] = "billing.credit_grant",
            ["amount"] = new JsonObject
            {
                ["monetary"] = new JsonObject { ["currency"] = grant.Currency, ["value"] = grant.Value },
                ["type"] = "monetary",
            },
            ["applicability_config"] = new JsonObject { ["scope"] = scope },
            ["category"] = grant.Category,
            ["created"] = faults.Has(FaultNames.GrantCreatedAsString) ? JsonValue.Create(grant.Created.ToString(System.Globalization.CultureInfo.InvariantCulture)) : JsonValue.Create(grant.Created),
            ["customer"] = expandCustomer && customers.Find(grant.Customer) is { } customer ? CustomerJson.Write(customer) : grant.Customer,
            ["customer_account"] = grant.CustomerAccount,
            ["effective_at"] = grant.EffectiveAt,
            ["expires_at"] = grant.ExpiresAt,
            ["livemode"] = faults.Has(FaultNames.GrantLivemodeTrue),
            ["metadata"] = new JsonObject(grant.Metadata.Select(m => KeyValuePair.Create(m.Key, (JsonNode?)m.Value))),
            ["name"] = grant.Name,
            ["priority"] = grant.Priority,
            ["test_clock"] = null,
            ["updated"] = grant.Updated,
            ["voided_at"] = grant.VoidedAt,
        };
    }
}

using System.Text.Json.Nodes;
using CreditGrantConformance.Operations;
using CreditGrantConformance.ReferenceServer.Customers;
using CreditGrantConformance.ReferenceServer.Infrastructure;
using CreditGrantConformance.ReferenceServer.TestClocks;

namespace CreditGrantConformance.ReferenceServer.CreditGrants;

/// <summary>
/// The billing.credit_grant object and its list: every field present, nulls written, as the OpenAPI spec describes
/// them. The scope carries only the field it was created with (price_type and prices are not nullable in the spec).
/// </summary>
public sealed class CreditGrantJson(CustomerStore customers, ITestClockStore clocks, OpaqueStrings opaque)
{
    public static readonly string ListUrl = ApiOperation.List.PathTemplate;

    public JsonObject Write(CreditGrant grant, bool expandCustomer, bool expandClock = false)
    {
        var scope = new JsonObject();
        if (grant.PriceType is not null)
        {
            scope["price_type"] = grant.PriceType;
        }

        if (grant.Prices is not null)
        {
            scope["prices"] = new JsonArray(
                grant.Prices.Select(id => (JsonNode?)new JsonObject { ["id"] = id }).ToArray());
        }

        return new JsonObject
        {
            ["id"] = grant.Id,
            ["object"] = "billing.credit_grant",
            ["amount"] = new JsonObject
            {
                ["monetary"] = grant.Monetary is { } monetary
                    ? new JsonObject { ["currency"] = monetary.Currency, ["value"] = monetary.Value }
                    : null,
                ["type"] = "monetary",
            },
            ["applicability_config"] = new JsonObject { ["scope"] = scope },
            ["category"] = grant.Category,
            ["created"] = grant.Created,
            ["customer"] = expandCustomer && customers.Find(grant.Customer) is { } customer
                ? CustomerJson.Write(customer)
                : grant.Customer,
            ["customer_account"] = grant.CustomerAccount,
            ["effective_at"] = grant.EffectiveAt,
            ["expires_at"] = grant.ExpiresAt,
            ["livemode"] = false,
            ["metadata"] = new JsonObject(grant.Metadata.Select(m => KeyValuePair.Create(m.Key, (JsonNode?)m.Value))),
            ["name"] = grant.Name,
            ["priority"] = grant.Priority,
            ["test_clock"] = expandClock && grant.TestClock is { } id && clocks.Find(id) is { } clock
                ? (clock.Deleted ? TestClockJson.WriteDeleted(clock) : TestClockJson.Write(clock))
                : grant.TestClock,
            ["updated"] = grant.Updated,
            ["voided_at"] = grant.VoidedAt,
        };
    }

    public JsonObject WriteList(GrantPage page, bool expandCustomer, bool expandClock = false) => new()
    {
        ["object"] = "list",
        ["data"] = new JsonArray(page.Grants.Select(g => (JsonNode?)Write(g, expandCustomer, expandClock)).ToArray()),
        ["has_more"] = page.HasMore,
        ["url"] = opaque.ListUrl(ListUrl),
    };
}

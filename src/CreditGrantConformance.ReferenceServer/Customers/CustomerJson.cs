using System.Text.Json.Nodes;
using CreditGrantConformance.Operations;
using CreditGrantConformance.ReferenceServer.Infrastructure;

namespace CreditGrantConformance.ReferenceServer.Customers;

public static class CustomerJson
{
    /// <summary>
    /// A deleted customer is <c>{id, object, deleted: true}</c>, as Stripe returns it from delete and retrieve.
    /// </summary>
    public static JsonObject Write(Customer customer) => customer.Deleted
        ? new JsonObject { ["id"] = customer.Id, ["object"] = "customer", ["deleted"] = true }
        : new JsonObject
        {
            ["id"] = customer.Id,
            ["object"] = "customer",
            ["created"] = customer.Created,
            ["description"] = customer.Description,
            ["email"] = customer.Email,
            ["livemode"] = false,
            ["metadata"] = new JsonObject(
                customer.Metadata.Select(m => KeyValuePair.Create(m.Key, (JsonNode?)m.Value))),
            ["name"] = customer.Name,
            ["test_clock"] = customer.TestClock,
        };

    /// <summary>A page of customers as Stripe lists them; <paramref name="clockOf"/> expands a clock.</summary>
    public static JsonObject WriteList(Page<Customer> page, Func<Customer, JsonObject?> clockOf) => new()
    {
        ["object"] = "list",
        ["data"] = new JsonArray(page.Items.Select(c => (JsonNode?)WithClock(Write(c), clockOf(c))).ToArray()),
        ["has_more"] = page.HasMore,
        ["url"] = ApiOperation.ListCustomers.PathTemplate,
    };

    private static JsonObject WithClock(JsonObject customer, JsonObject? clock)
    {
        if (clock is not null)
        {
            customer["test_clock"] = clock;
        }

        return customer;
    }
}

using System.Text.Json.Nodes;

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
}

using System.Text.Json.Nodes;
using CreditGrantConformance.Client;
using CreditGrantConformance.Suite.Assertions;
using CreditGrantConformance.Suite.Requests;

namespace CreditGrantConformance.Suite.Properties;

/// <summary>A generated valid create request, and what the created grant must then say.</summary>
public sealed record GrantSpec(
    long Value,
    string Currency,
    string? Category,
    int? Priority,
    string? Name,
    IReadOnlyList<string>? Prices,
    long? EffectiveAt,
    long? ExpiresAt,
    IReadOnlyList<KeyValuePair<string, string>> Metadata)
{
    public FormParams ToParams(string customer, string runId)
    {
        var request = GrantRequests.Minimal(customer, runId);
        request.SetPath("amount[monetary][currency]", Currency);
        request.SetPath("amount[monetary][value]", Value);
        if (Prices is not null)
        {
            request.RemovePath("applicability_config[scope][price_type]");
            request.SetPath(
                "applicability_config[scope][prices]",
                Prices.Select(p => (object?)new FormParams { ["id"] = p }).ToList());
        }

        request["category"] = Category;
        request["priority"] = Priority;
        request["name"] = Name;
        request["effective_at"] = EffectiveAt;
        request["expires_at"] = ExpiresAt;
        // Keys are set on the metadata object itself: a key such as "7" is a key, not an array index.
        var metadata = request["metadata"] as FormParams ?? [];
        foreach (var (key, value) in Metadata)
        {
            metadata[key] = value;
        }

        request["metadata"] = metadata.Count > 0 ? metadata : null;

        return request;
    }

    /// <summary>Every sent value echoed, and the documented defaults for what was not sent.</summary>
    public IEnumerable<Expectation> Echo(string customer, string runId)
    {
        var metadata = new JsonObject { [RunTag.Key] = runId };
        foreach (var (key, value) in Metadata)
        {
            metadata[key] = value;
        }

        yield return Expect.Field("/amount", new JsonObject
        {
            ["type"] = "monetary",
            ["monetary"] = new JsonObject { ["currency"] = Currency.ToLowerInvariant(), ["value"] = Value },
        });
        yield return Prices is null
            ? Expect.Field("/applicability_config/scope/price_type", "metered")
            : Expect.Field(
                "/applicability_config/scope/prices",
                new JsonArray(Prices.Select(p => (JsonNode?)new JsonObject { ["id"] = p }).ToArray()));
        yield return Expect.Field("/customer", customer);
        yield return Expect.Field("/category", Category ?? "paid");
        yield return Expect.Field("/priority", Priority ?? 50);
        yield return Expect.Field("/name", Name);
        yield return EffectiveAt is { } effective
            ? Expect.Field("/effective_at", effective)
            : Expect.FieldIs("/effective_at", "about now", Clock.IsNow);
        yield return Expect.Field("/expires_at", ExpiresAt);
        yield return Expect.Field("/metadata", metadata);
        yield return Expect.Field("/voided_at", null);
    }

    public override string ToString() => Readable.Pairs(ToParams(Readable.Customer, Readable.Run));
}

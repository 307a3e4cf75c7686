using System.Text.Json.Nodes;
using CreditGrantConformance.Suite.Assertions;

namespace CreditGrantConformance.Suite.Listing;

/// <summary>
/// A grant as a list shows it: its id and its created second, which is all the ordering rules speak of.
/// </summary>
public sealed record ListedGrant(string Id, long Created)
{
    public static IReadOnlyList<ListedGrant> From(JsonNode? data) => data is JsonArray array
        ? array
            .Select(g => new ListedGrant(g?["id"]?.ToString() ?? "(no id)", Expect.Long(g?["created"]) ?? 0))
            .ToList()
        : [];
}

using System.Text.Json.Nodes;

namespace CreditGrantConformance.Suite.Assertions;

public static class JsonObjectExtensions
{
    /// <summary>The object's id; a check that calls this on an object without one fails with that said.</summary>
    public static string Id(this JsonObject obj) => obj["id"] is JsonValue id && id.TryGetValue<string>(out var value)
        ? value
        : throw new InvalidOperationException("The object has no string id: " + obj.ToJsonString());
}

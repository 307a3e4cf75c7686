using System.Text.Json;
using System.Text.Json.Nodes;
using Stripe;

namespace StripeNetDriver;

/// <summary>
/// The object Stripe.net returned, as JSON in Stripe's wire names: the SDK's own serialization of its typed model
/// (<see cref="StripeEntity.ToJson"/>), so a field the SDK drops or mistypes shows. A typed model cannot tell a field
/// the answer left out from a null or a default value, and ToJson writes every property; so properties the HTTP
/// answer did not carry (the SDK keeps that answer beside the object) are left out, at every depth.
/// </summary>
internal static class EntityJson
{
    public static JsonNode? Write(StripeEntity entity)
    {
        var sdk = JsonNode.Parse(entity.ToJson());
        var raw = entity.RawJsonElement ?? Parse(entity.StripeResponse?.Content);
        return raw is { } received ? Restrict(sdk, received) : sdk;
    }

    private static JsonElement? Parse(string? content)
    {
        try
        {
            return string.IsNullOrEmpty(content) ? null : JsonDocument.Parse(content).RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static JsonNode? Restrict(JsonNode? sdk, JsonElement raw) => (sdk, raw.ValueKind) switch
    {
        (JsonObject o, JsonValueKind.Object) => new JsonObject(o
            .Where(p => raw.TryGetProperty(p.Key, out _))
            .Select(p => KeyValuePair.Create(p.Key, Restrict(p.Value, raw.GetProperty(p.Key))))),
        (JsonArray a, JsonValueKind.Array) => new JsonArray(a
            .Select((item, i) => i < raw.GetArrayLength() ? Restrict(item, raw[i]) : item?.DeepClone())
            .ToArray()),
        _ => sdk?.DeepClone(),
    };
}

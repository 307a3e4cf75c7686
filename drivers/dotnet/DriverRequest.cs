using System.Text.Json.Nodes;

namespace StripeNetDriver;

/// <summary>One request line of docs/driver-protocol.md.</summary>
internal sealed record DriverRequest(
    JsonNode? Seq,
    string Operation,
    string? Id,
    string Path,
    JsonObject Params,
    string? IdempotencyKey,
    string BaseUrl,
    string ApiKey,
    string? StripeVersion)
{
    public static DriverRequest Parse(string line)
    {
        var json = JsonNode.Parse(line) as JsonObject
            ?? throw new FormatException("A request line must be a JSON object.");
        return new DriverRequest(
            json["seq"]?.DeepClone(),
            Text(json, "operation") ?? "",
            Text(json, "id"),
            Text(json, "path") ?? "",
            json["params"] as JsonObject is { } parameters ? (JsonObject)parameters.DeepClone() : [],
            Text(json, "idempotency_key"),
            Text(json, "base_url") ?? "",
            Text(json, "api_key") ?? "",
            Text(json, "stripe_version"));
    }

    private static string? Text(JsonObject json, string name) =>
        json[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}

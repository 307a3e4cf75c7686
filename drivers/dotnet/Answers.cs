using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Stripe;

namespace StripeNetDriver;

/// <summary>The answer lines of docs/driver-protocol.md, from what Stripe.net returned or raised.</summary>
internal static class Answers
{
    public static JsonObject Success(StripeEntity entity, LastResponse seen) => new()
    {
        ["ok"] = true,
        ["status"] = entity.StripeResponse is { } response ? (int)response.StatusCode : 200,
        ["headers"] = Headers(entity.StripeResponse?.Headers, seen),
        ["object"] = EntityJson.Write(entity),
    };

    /// <summary>
    /// An API error: every field of the envelope Stripe.net kept (its StripeError in wire names, null where absent),
    /// the HTTP status and the response headers. Without a response the SDK never got an HTTP answer.
    /// </summary>
    public static JsonObject Error(StripeException exception, LastResponse seen)
    {
        if (exception.StripeResponse is not { } response)
        {
            return NoAnswer("connection_error", exception.Message);
        }

        var error = exception.StripeError is { } envelope ? JsonNode.Parse(envelope.ToJson()) as JsonObject ?? [] : [];
        foreach (var name in new[] { "type", "code", "param", "message" })
        {
            error.TryAdd(name, null);
        }

        return new JsonObject
        {
            ["ok"] = false,
            ["status"] = (int)response.StatusCode,
            ["headers"] = Headers(response.Headers, seen),
            ["error"] = error,
        };
    }

    public static JsonObject NoAnswer(string type, string message) => new()
    {
        ["ok"] = false,
        ["status"] = null,
        ["headers"] = new JsonObject(),
        ["error"] = new JsonObject { ["type"] = type, ["code"] = null, ["param"] = null, ["message"] = message },
    };

    public static JsonObject Headers(IEnumerable<KeyValuePair<string, string>> headers) =>
        new(headers.Select(h => KeyValuePair.Create(h.Key, (JsonNode?)h.Value)));

    // The headers the SDK kept, and the content headers (Content-Type) it does not keep, from the HTTP layer.
    private static JsonObject Headers(HttpResponseHeaders? kept, LastResponse seen) =>
        Headers((kept ?? Enumerable.Empty<KeyValuePair<string, IEnumerable<string>>>())
            .Select(h => KeyValuePair.Create(h.Key, string.Join(", ", h.Value)))
            .Concat(seen.ContentHeaders));
}

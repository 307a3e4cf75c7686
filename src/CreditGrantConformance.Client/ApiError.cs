using System.Text.Json.Nodes;

namespace CreditGrantConformance.Client;

/// <summary>
/// What an SDK raises for a Stripe error answer: the HTTP status and the fields of the <c>{"error": {...}}</c>
/// envelope.
/// </summary>
public sealed record ApiError(int Status, string? Type, string? Code, string? Param, string? Message, string? RequestId)
{
    /// <summary>The error of an answer; null for a 2xx answer.</summary>
    public static ApiError? From(StripeResponse response)
    {
        if (response.StatusCode is >= 200 and < 300)
        {
            return null;
        }

        var error = response.Json?["error"] as JsonObject;
        return new ApiError(
            response.StatusCode,
            Text(error?["type"]),
            Text(error?["code"]),
            Text(error?["param"]),
            Text(error?["message"]),
            response.RequestId);
    }

    private static string? Text(JsonNode? node) => node is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
}

using System.Text.Json.Nodes;

namespace CreditGrantConformance.Client;

/// <summary>
/// What an SDK raises for a Stripe error answer: the HTTP status and the fields of the <c>{"error": {...}}</c>
/// envelope. The one reader of the envelope: whatever judges, counts or describes an error reads it here.
/// </summary>
public sealed record ApiError(int Status, string? Type, string? Code, string? Param, string? Message, string? RequestId)
{
    /// <summary>The error of an answer; null for a 2xx answer.</summary>
    public static ApiError? From(StripeResponse response) =>
        response.StatusCode is >= 200 and < 300
            ? null
            : FromBody(response.StatusCode, response.Json, response.RequestId)
                ?? new ApiError(response.StatusCode, null, null, null, null, response.RequestId);

    /// <summary>
    /// The envelope in <paramref name="body"/>, whatever the status; null when the body holds no <c>error</c> object.
    /// A field that is not a string reads as null.
    /// </summary>
    public static ApiError? FromBody(int status, JsonNode? body, string? requestId = null) =>
        body?["error"] is JsonObject error
            ? new ApiError(
                status,
                Text(error["type"]),
                Text(error["code"]),
                Text(error["param"]),
                Text(error["message"]),
                requestId)
            : null;

    private static string? Text(JsonNode? node) => node is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
}

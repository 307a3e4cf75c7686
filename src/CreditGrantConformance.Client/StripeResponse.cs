using System.Text.Json;
using System.Text.Json.Nodes;

namespace CreditGrantConformance.Client;

public sealed class StripeResponse
{
    public StripeResponse(
        int statusCode,
        IReadOnlyList<KeyValuePair<string, string>> headers,
        string body,
        Exchange exchange,
        int attempts,
        bool retriesExhausted = false)
    {
        RetriesExhausted = retriesExhausted;
        StatusCode = statusCode;
        Headers = headers;
        Body = body;
        Exchange = exchange;
        Attempts = attempts;
        Json = Parse(body);
    }

    public int StatusCode { get; }

    public IReadOnlyList<KeyValuePair<string, string>> Headers { get; }

    public string Body { get; }

    /// <summary>Null when the body is not JSON.</summary>
    public JsonNode? Json { get; }

    public string? RequestId => Header("Request-Id");

    /// <summary>The final attempt.</summary>
    public Exchange Exchange { get; }

    public int Attempts { get; }

    /// <summary>
    /// The answer still called for a retry (429, 5xx) but none was left: the environment failed, not the API.
    /// </summary>
    public bool RetriesExhausted { get; }

    public string? Header(string name) =>
        Headers.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value;

    private static JsonNode? Parse(string body)
    {
        try
        {
            return string.IsNullOrWhiteSpace(body) ? null : JsonNode.Parse(body);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

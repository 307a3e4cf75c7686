using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using CreditGrantConformance.Client;

namespace CreditGrantConformance.Results.Har;

/// <summary>
/// One HAR entry: an attempt's request, response and timing, with the check that made it as custom fields.
/// </summary>
internal static class HarEntry
{
    private const string HttpVersion = "HTTP/1.1";

    public static void Write(Utf8JsonWriter json, LoggedExchange logged)
    {
        var exchange = logged.Exchange;
        var milliseconds = Math.Round(exchange.Duration.TotalMilliseconds, 3);
        json.WriteStartObject();
        json.WriteString("startedDateTime", exchange.StartedAt.ToString("o", CultureInfo.InvariantCulture));
        json.WriteNumber("time", milliseconds);
        WriteRequest(json, exchange);
        WriteResponse(json, exchange);
        json.WriteStartObject("cache");
        json.WriteEndObject();
        // The client measures an attempt as a whole: all of it is counted as waiting for the answer.
        json.WriteStartObject("timings");
        json.WriteNumber("send", 0);
        json.WriteNumber("wait", milliseconds);
        json.WriteNumber("receive", 0);
        json.WriteEndObject();
        json.WriteString(HarFields.CheckId, logged.CheckId);
        json.WriteString(HarFields.Operation, exchange.Label);
        json.WriteNumber(HarFields.Attempt, exchange.Attempt);
        json.WriteString(HarFields.RequestId, exchange.RequestId);
        json.WriteString(HarFields.IdempotencyKey, exchange.IdempotencyKey);
        if (exchange.TransportError is { } error)
        {
            json.WriteString(HarFields.TransportError, error);
        }

        json.WriteEndObject();
    }

    private static void WriteRequest(Utf8JsonWriter json, Exchange exchange)
    {
        json.WriteStartObject("request");
        json.WriteString("method", exchange.Method);
        json.WriteString("url", exchange.Url);
        json.WriteString("httpVersion", HttpVersion);
        WriteEmptyArray(json, "cookies");
        WritePairs(json, "headers", exchange.RequestHeaders);
        WritePairs(json, "queryString", StripeForm.Decode(exchange.Query));
        if (exchange.RequestBody is { } body)
        {
            var mimeType = Header(exchange.RequestHeaders, "Content-Type") ?? "";
            json.WriteStartObject("postData");
            json.WriteString("mimeType", mimeType);
            if (mimeType.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase))
            {
                WritePairs(json, "params", StripeForm.Decode(body));
            }

            json.WriteString("text", body);
            json.WriteEndObject();
        }

        json.WriteNumber("headersSize", -1);
        json.WriteNumber(
            "bodySize",
            exchange.RequestBody is null ? 0 : Encoding.UTF8.GetByteCount(exchange.RequestBody));
        json.WriteEndObject();
    }

    private static void WriteResponse(Utf8JsonWriter json, Exchange exchange)
    {
        var body = exchange.ResponseBody ?? "";
        var size = Encoding.UTF8.GetByteCount(body);
        json.WriteStartObject("response");
        // HAR's convention for an attempt that got no answer: status 0.
        json.WriteNumber("status", exchange.StatusCode ?? 0);
        json.WriteString("statusText", exchange.StatusCode is { } status ? ReasonPhrase(status) : "");
        json.WriteString("httpVersion", exchange.StatusCode is null ? "" : HttpVersion);
        WriteEmptyArray(json, "cookies");
        WritePairs(json, "headers", exchange.ResponseHeaders);
        json.WriteStartObject("content");
        json.WriteNumber("size", size);
        json.WriteString("mimeType", Header(exchange.ResponseHeaders, "Content-Type") ?? "");
        json.WriteString("text", body);
        json.WriteEndObject();
        json.WriteString("redirectURL", Header(exchange.ResponseHeaders, "Location") ?? "");
        json.WriteNumber("headersSize", -1);
        json.WriteNumber("bodySize", exchange.StatusCode is null ? -1 : size);
        json.WriteEndObject();
    }

    private static void WritePairs(Utf8JsonWriter json, string name, IEnumerable<KeyValuePair<string, string>> pairs)
    {
        json.WriteStartArray(name);
        foreach (var (key, value) in pairs)
        {
            json.WriteStartObject();
            json.WriteString("name", key);
            json.WriteString("value", value);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteEmptyArray(Utf8JsonWriter json, string name)
    {
        json.WriteStartArray(name);
        json.WriteEndArray();
    }

    // HTTP's own phrase for the status ("Not Found"), empty for a code it has none for.
    private static string ReasonPhrase(int status)
    {
        using var response = new HttpResponseMessage((HttpStatusCode)status);
        return response.ReasonPhrase ?? "";
    }

    private static string? Header(IEnumerable<KeyValuePair<string, string>> headers, string name) =>
        headers.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value;
}

using System.Text;
using CreditGrantConformance.Operations;
using RestSharp;

namespace CreditGrantConformance.Client;

/// <summary>The exact bytes of one request, built once and sent identically on every attempt.</summary>
internal sealed record WireRequest(
    ApiOperation? Operation,
    Traffic Traffic,
    HttpMethod Method,
    Uri Url,
    string Path,
    string Query,
    IReadOnlyList<KeyValuePair<string, string>> Headers,
    string? Body,
    string? IdempotencyKey)
{
    private const string FormContentType = "application/x-www-form-urlencoded";

    public static WireRequest Build(ClientOptions options, StripeRequest request, string apiKey, string? idempotencyKey)
    {
        var isPost = request.Method == HttpMethod.Post;
        var encoded = StripeForm.Encode(request.Params);
        var query = !isPost && encoded.Length > 0 ? "?" + encoded : "";
        var body = isPost ? request.RawBody ?? encoded : request.RawBody;
        var headers = new List<KeyValuePair<string, string>>();
        void Set(string name, string? value)
        {
            headers.RemoveAll(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase));
            if (value is not null)
            {
                headers.Add(KeyValuePair.Create(name, value));
            }
        }

        Set("Authorization", request.Auth switch
        {
            AuthScheme.Bearer => "Bearer " + apiKey,
            AuthScheme.Basic => "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(apiKey + ":")),
            _ => null,
        });
        Set("Accept", "application/json");
        Set("Stripe-Version", options.StripeVersion);
        Set("Stripe-Account", options.StripeAccount);
        Set("Idempotency-Key", idempotencyKey);
        if (body is not null)
        {
            Set("Content-Type", request.ContentType ?? FormContentType);
        }

        foreach (var (name, value) in request.Headers)
        {
            Set(name, value);
        }

        var url = new Uri(options.BaseUrl, request.Path.TrimStart('/') + query);
        return new WireRequest(
            request.Operation,
            request.Traffic,
            request.Method,
            url,
            request.Path,
            query,
            headers,
            body,
            idempotencyKey);
    }

    public RestRequest ToRestRequest()
    {
        var rest = new RestRequest(Url, ToRestMethod(Method));
        string? contentType = null;
        foreach (var (name, value) in Headers)
        {
            if (string.Equals(name, "Content-Type", StringComparison.OrdinalIgnoreCase))
            {
                contentType = value;
                continue;
            }

            rest.AddOrUpdateHeader(name, value);
        }

        if (Body is not null)
        {
            rest.AddStringBody(Body, contentType ?? FormContentType);
        }

        return rest;
    }

    public Exchange Record(
        RestResponse response,
        DateTimeOffset started,
        TimeSpan duration,
        int attempt,
        Redactor redactor)
    {
        var completed = Answered(response);
        var responseHeaders = (response.Headers ?? []).Concat(response.ContentHeaders ?? [])
            .Where(h => h.Name is not null)
            .Select(h => KeyValuePair.Create(h.Name!, h.Value?.ToString() ?? ""))
            .ToList();
        return new Exchange
        {
            Operation = Operation,
            Traffic = Traffic,
            Method = Method.Method,
            Url = redactor.Redact(Url.ToString()),
            Path = Path,
            Query = redactor.Redact(Query),
            RequestHeaders = redactor.RedactHeaders(Headers),
            RequestBody = Body is null ? null : redactor.Redact(Body),
            StatusCode = completed ? (int)response.StatusCode : null,
            ResponseHeaders = redactor.RedactHeaders(responseHeaders),
            ResponseBody = completed ? redactor.Redact(response.Content ?? "") : null,
            StartedAt = started,
            Duration = duration,
            RequestId = responseHeaders
                .FirstOrDefault(h => string.Equals(h.Key, "Request-Id", StringComparison.OrdinalIgnoreCase)).Value,
            Attempt = attempt,
            IdempotencyKey = IdempotencyKey,
            TransportError = completed
                ? null
                : $"{response.ResponseStatus}: {response.ErrorMessage ?? response.ErrorException?.Message}",
        };
    }

    /// <summary>
    /// Whether the target answered at all: RestSharp flags non-2xx answers as errors too, but they carry a status.
    /// </summary>
    public static bool Answered(RestResponse response) => response.StatusCode != 0;

    private static Method ToRestMethod(HttpMethod method) => method.Method.ToUpperInvariant() switch
    {
        "GET" => RestSharp.Method.Get,
        "POST" => RestSharp.Method.Post,
        "DELETE" => RestSharp.Method.Delete,
        "PUT" => RestSharp.Method.Put,
        "PATCH" => RestSharp.Method.Patch,
        "HEAD" => RestSharp.Method.Head,
        "OPTIONS" => RestSharp.Method.Options,
        _ => throw new ArgumentException($"Method {method} is not supported by the transport.", nameof(method)),
    };
}

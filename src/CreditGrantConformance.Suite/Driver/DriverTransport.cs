using System.Diagnostics;
using System.Text.Json.Nodes;
using CreditGrantConformance.Client;
using CreditGrantConformance.Operations;
using CreditGrantConformance.Results.Recording;
using CreditGrantConformance.Suite.Configuration;
using CreditGrantConformance.Suite.Failures;
using CreditGrantConformance.Suite.Http;

namespace CreditGrantConformance.Suite.Driver;

/// <summary>
/// SDK mode: each call becomes one driver request named by its operation's descriptor, the SDK's result becomes the
/// response the checks judge, and the request the embedded server recorded for it must be what the call means
/// (<see cref="WireCheck"/>).
/// </summary>
internal sealed partial class DriverTransport(
    DriverProcess driver,
    StripeClient http,
    IRecordedRequests received,
    ConformanceSettings settings)
    : IStripeTransport, IDisposable
{
    private readonly SemaphoreSlim oneAtATime = new(1, 1);
    private int seq;

    public Task<StripeResponse> SendAsync(
        StripeRequest request,
        IExchangeSink? sink = null,
        CancellationToken cancellationToken = default)
    {
        var (operation, id) = Dispatch(request);
        return CallAsync(
            operation.Name,
            operation,
            id,
            request,
            sink,
            (call, sent, response) => WireCheck.Verify(
                call, sent, driver.Description, sink as ICheckObserver, response.Exchange),
            cancellationToken);
    }

    // Owns the driver: one transport per run.
    public void Dispose()
    {
        oneAtATime.Dispose();
        driver.Dispose();
    }

    // The operation the request carries, and its id; a request no SDK call can make is not judged.
    private static (ApiOperation Operation, string? Id) Dispatch(StripeRequest request)
    {
        if ((request.Operation is null ? "an unknown route" : Inexpressible(request)) is { } reason)
        {
            throw new NotApplicableException(
                $"in SDK mode the check sends {reason}, which an SDK call cannot express.");
        }

        return (request.Operation!, request.ObjectId);
    }

    private static string? Inexpressible(StripeRequest request) =>
        request.RawBody is not null ? "a raw body"
        : request.ContentType is not null ? "a content type of its own"
        : request.Auth == AuthScheme.None ? "no API key"
        : request.Auth == AuthScheme.Basic ? "its key through HTTP Basic authentication"
        : request.ApiKey is not null ? "a key of its own"
        : request.Headers.Count > 0 ? "headers of its own"
        : null;

    // One driver request for one call: the SDK's HTTP requests it caused are recorded, then held to the wire check.
    private async Task<StripeResponse> CallAsync(
        string name,
        ApiOperation operation,
        string? id,
        StripeRequest request,
        IExchangeSink? sink,
        Verifier verify,
        CancellationToken cancel)
    {
        var key = request.Method == HttpMethod.Post
            ? request.IdempotencyKey ?? "cgc_" + Guid.NewGuid().ToString("N")
            : null;
        await oneAtATime.WaitAsync(cancel).ConfigureAwait(false);
        try
        {
            var before = received.Count;
            var started = DateTimeOffset.UtcNow;
            var clock = Stopwatch.StartNew();
            var timeout = settings.RequestTimeout + TimeSpan.FromSeconds(5);
            var answer = await driver.CallAsync(Request(name, operation, id, request.Params, key), timeout)
                .ConfigureAwait(false);
            // The suite's own traffic (the probe before the first check) is not the SDK's: only the SDK's counts.
            var sent = received.Since(before).Where(r => !Ours(r)).ToList();
            sent.ForEach(r => driver.Identity.Saw(r.Headers.GetValueOrDefault("Stripe-Version")));
            var response = Response(answer, sent, request, key, started, clock.Elapsed);
            if (name == AllPages(operation))
            {
                RecordEarlierPages(sent, request, started, sink);
            }

            sink?.Record(response.Exchange);
            var version = driver.Identity.ExpectedVersion(settings.ApiVersion);
            verify(new WireCheck.Call(operation, id, request.Params, key, version), sent, response);
            return response;
        }
        finally
        {
            oneAtATime.Release();
        }
    }

    private JsonObject Request(string name, ApiOperation operation, string? id, FormParams parameters, string? key)
    {
        var request = new JsonObject
        {
            ["seq"] = Interlocked.Increment(ref seq),
            ["operation"] = name,
            // The descriptor's path, so a driver needs no path of its own (a list's url, a raw request for SDKs without
            // a call).
            ["path"] = operation.PathFor(id),
            ["params"] = FormJson.ToJson(parameters),
            ["base_url"] = http.Options.BaseUrl.ToString(),
            ["api_key"] = http.Options.ApiKey,
            ["stripe_version"] = settings.ApiVersion,
        };
        if (id is not null)
        {
            request["id"] = id;
        }

        if (key is not null)
        {
            request["idempotency_key"] = key;
        }

        return request;
    }

    private StripeResponse Response(
        JsonObject answer,
        List<ReceivedRequest> sent,
        StripeRequest call,
        string? key,
        DateTimeOffset started,
        TimeSpan duration)
    {
        var status = answer["status"] is JsonValue s && s.TryGetValue<int>(out var code) ? code : (int?)null;
        var error = answer["error"] as JsonObject;
        if (status is null)
        {
            // The driver reports what its SDK raised in the envelope's shape; no HTTP answer is status 0, as in HAR.
            var raised = ApiError.FromBody(0, answer);
            throw new TargetBrokeException(
                $"Environment: the SDK got no HTTP answer ({raised?.Type}: {raised?.Message}), "
                + "so the check could not be judged.");
        }

        var headers = (answer["headers"] as JsonObject ?? [])
            .Select(h => KeyValuePair.Create(h.Key, h.Value?.ToString() ?? ""))
            .ToList();
        var body = answer["ok"]?.GetValue<bool>() == true
            ? answer["object"]?.ToJsonString() ?? ""
            : Envelope(error).ToJsonString();
        var redactor = new Redactor([http.Options.ApiKey]);
        var exchange = Sent(sent.Count > 0 ? sent[^1] : null, call, started, duration) with
        {
            StatusCode = status,
            ResponseHeaders = redactor.RedactHeaders(headers),
            ResponseBody = redactor.Redact(body),
            RequestId = headers
                .FirstOrDefault(h => h.Key.Equals("Request-Id", StringComparison.OrdinalIgnoreCase)).Value,
            IdempotencyKey = key,
        };
        return new StripeResponse(status.Value, exchange.ResponseHeaders, body, exchange, 1);
    }

    // The request half of an exchange, as the server received it, for the call that made it.
    private Exchange Sent(ReceivedRequest? request, StripeRequest call, DateTimeOffset started, TimeSpan duration)
    {
        var redactor = new Redactor([http.Options.ApiKey]);
        return new Exchange
        {
            Operation = call.Operation,
            Traffic = call.Traffic,
            Method = request?.Method ?? "?",
            Url = redactor.Redact(
                new Uri(http.Options.BaseUrl, (request?.Path ?? "").TrimStart('/') + request?.Query).ToString()),
            Path = request?.Path ?? "(the SDK sent nothing)",
            Query = redactor.Redact(request?.Query ?? ""),
            RequestHeaders = redactor.RedactHeaders(request?.Headers.ToList() ?? []),
            RequestBody = request is null || request.Body.Length == 0 ? null : redactor.Redact(request.Body),
            StartedAt = started,
            Duration = duration,
            Attempt = 1,
        };
    }

    private static bool Ours(ReceivedRequest request) =>
        request.Headers.TryGetValue("User-Agent", out var agent)
        && agent.StartsWith(StripeClient.UserAgentProduct, StringComparison.Ordinal);

    // The error fields the SDK kept, as Stripe's envelope; a field the SDK reports as null was not in the answer.
    private static JsonObject Envelope(JsonObject? error) =>
        new()
        {
            ["error"] = new JsonObject((error ?? [])
                .Where(f => f.Value is not null)
                .Select(f => KeyValuePair.Create(f.Key, (JsonNode?)f.Value!.DeepClone()))),
        };
}

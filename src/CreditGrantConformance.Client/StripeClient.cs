using System.Diagnostics;
using System.Reflection;
using RestSharp;

namespace CreditGrantConformance.Client;

/// <summary>
/// The only code of the product that speaks HTTP: Stripe's auth, version, account and idempotency headers, form
/// encoding, retries with backoff on the same idempotency key, the shared rate limit, and a redacted log of every
/// attempt.
/// </summary>
public sealed class StripeClient : IStripeTransport, IDisposable
{
    /// <summary>
    /// Starts the User-Agent of every request this client sends, so a server log can tell its traffic apart.
    /// </summary>
    public const string UserAgentProduct = "CreditGrantConformance/";

    private static readonly string UserAgent = UserAgentProduct
        + (typeof(StripeClient).Assembly
            .GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0");
    private readonly RestClient rest;
    private readonly RequestRateLimiter limiter;
    private readonly IExchangeSink? sink;

    public StripeClient(ClientOptions options, RequestRateLimiter limiter, IExchangeSink? sink = null)
    {
        Options = options;
        this.limiter = limiter;
        this.sink = sink;
        rest = new RestClient(new RestClientOptions(options.BaseUrl)
        {
            ThrowOnAnyError = false,
            FollowRedirects = false,
            Timeout = options.Timeout,
            UserAgent = UserAgent,
        });
    }

    public ClientOptions Options { get; }

    public async Task<StripeResponse> SendAsync(
        StripeRequest request,
        IExchangeSink? sink = null,
        CancellationToken cancellationToken = default)
    {
        var key = request.Method == HttpMethod.Post
            ? request.IdempotencyKey ?? "cgc_" + Guid.NewGuid().ToString("N")
            : null;
        var apiKey = request.ApiKey ?? Options.ApiKey;
        var redactor = new Redactor([Options.ApiKey, apiKey]);
        var wire = WireRequest.Build(Options, request, apiKey, key);
        for (var attempt = 1; ; attempt++)
        {
            await limiter.WaitAsync(cancellationToken).ConfigureAwait(false);
            var started = DateTimeOffset.UtcNow;
            var clock = Stopwatch.StartNew();
            var response = await rest.ExecuteAsync(wire.ToRestRequest(), cancellationToken).ConfigureAwait(false);
            var exchange = wire.Record(response, started, clock.Elapsed, attempt, redactor);
            (sink ?? this.sink)?.Record(exchange);
            var canRetry = !request.NoRetry && attempt <= Options.MaxRetries;

            if (!WireRequest.Answered(response))
            {
                if (!canRetry)
                {
                    throw new StripeTransportException(
                        $"{request.Method} {request.Path}: no answer after {attempt} attempt(s): "
                        + $"{exchange.TransportError}",
                        exchange,
                        response.ErrorException);
                }

                await Task.Delay(RetryPolicy.Delay(Options, attempt, null), cancellationToken).ConfigureAwait(false);
                continue;
            }

            var status = (int)response.StatusCode;
            var headers = new StripeResponse(status, exchange.ResponseHeaders, "", exchange, attempt);
            var retryable = RetryPolicy.ShouldRetry(status, headers.Header("Stripe-Should-Retry"));
            if (!canRetry || !retryable)
            {
                return new StripeResponse(
                    status,
                    exchange.ResponseHeaders,
                    response.Content ?? "",
                    exchange,
                    attempt,
                    retryable && !request.NoRetry);
            }

            await Task.Delay(RetryPolicy.Delay(Options, attempt, headers.Header("Retry-After")), cancellationToken)
                .ConfigureAwait(false);
        }
    }

    public void Dispose() => rest.Dispose();
}

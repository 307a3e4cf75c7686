using System.Collections.Concurrent;
using CreditGrantConformance.ReferenceServer.Rules;

namespace CreditGrantConformance.ReferenceServer.Infrastructure;

/// <summary>
/// Chaos mode (<c>--chaos RATE</c>): a share of requests meets what a real network and a busy API do to clients: 429
/// with Retry-After or Stripe-Should-Retry before the request runs, 503 before it runs, 500 or a dropped connection
/// after it ran (so only the idempotency key saves the client from doing it twice), and delays. Only the first attempt
/// of a request is disturbed (a retry carries the same Idempotency-Key, or the same method and URL), so a client that
/// retries correctly always gets through.
/// </summary>
public sealed class ChaosMiddleware(RequestDelegate next, ReferenceServerOptions options)
{
    private readonly ConcurrentDictionary<string, byte> disturbed = new(StringComparer.Ordinal);
    private readonly Random random = new(options.ChaosSeed);

    public async Task InvokeAsync(HttpContext context)
    {
        var identity = context.Request.Headers["Idempotency-Key"].ToString() is { Length: > 0 } key
            ? "key:" + key
            : $"{context.Request.Method} {context.Request.Path}{context.Request.QueryString} "
                + $"{context.Request.Headers.Authorization}";
        double roll;
        int kind;
        lock (random)
        {
            roll = random.NextDouble();
            kind = random.Next(6);
        }

        if (roll >= options.ChaosRate || !disturbed.TryAdd(identity, 0))
        {
            await next(context);
            return;
        }

        // A request that runs twice differently (a DELETE: the second answers 404) and carries no key to replay it
        // meets only what happens before it runs; Stripe's DELETE takes no Idempotency-Key.
        var repeatable = context.Request.Headers.ContainsKey("Idempotency-Key")
            || HttpMethods.IsGet(context.Request.Method);
        if (!repeatable && kind is 3 or 4)
        {
            kind = 2;
        }

        context.Response.Headers["Request-Id"] = RequestIds.New();
        switch (kind)
        {
            case 0:
                context.Response.Headers.RetryAfter = "0";
                await ErrorWriter.WriteAsync(context, new StripeError(
                    429,
                    "invalid_request_error",
                    "Too many requests hit the API too quickly. Chaos mode of the reference server.",
                    "rate_limit"));
                break;
            case 1:
                context.Response.Headers["Stripe-Should-Retry"] = "true";
                await ErrorWriter.WriteAsync(context, new StripeError(
                    429,
                    "invalid_request_error",
                    "This object cannot be accessed right now because another API request or Stripe process is "
                    + "currently accessing it. Chaos mode of the reference server.",
                    "lock_timeout"));
                break;
            case 2:
                await ErrorWriter.WriteAsync(context, new StripeError(
                    503,
                    "api_error",
                    "The service is temporarily unavailable. Chaos mode of the reference server."));
                break;
            case 3:
                await RunThenAsync(context, () => ErrorWriter.WriteAsync(context, new StripeError(
                    500,
                    "api_error",
                    "An error occurred after the request was processed. Chaos mode of the reference server.")));
                break;
            case 4:
                await RunThenAsync(context, () =>
                {
                    context.Abort();
                    return Task.CompletedTask;
                });
                break;
            default:
                await Task.Delay(TimeSpan.FromMilliseconds(100 + (roll * 400)));
                await next(context);
                break;
        }
    }

    // The request runs (and is saved for replay when it succeeds); then its answer is lost on the way back.
    private async Task RunThenAsync(HttpContext context, Func<Task> instead)
    {
        var original = context.Response.Body;
        using var discarded = new MemoryStream();
        context.Response.Body = discarded;
        await next(context);
        context.Response.Body = original;
        context.Response.Clear();
        context.Response.Headers["Request-Id"] = RequestIds.New();
        await instead();
    }
}

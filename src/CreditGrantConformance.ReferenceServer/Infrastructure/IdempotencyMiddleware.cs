using CreditGrantConformance.ReferenceServer.Rules;

namespace CreditGrantConformance.ReferenceServer.Infrastructure;

/// <summary>
/// Stripe's idempotency layer (API reference, idempotent requests): a POST with an Idempotency-Key that already ran
/// returns the saved status and body with Idempotent-Replayed: true; the same key with other parameters is an
/// idempotency_error; a key still running is idempotency_key_in_use. Only requests that passed validation and executed
/// are saved (validation failures may be retried).
/// </summary>
public sealed class IdempotencyMiddleware(RequestDelegate next, IIdempotencyStore store)
{
    private const int MaxKeyLength = 255;

    public async Task InvokeAsync(HttpContext context)
    {
        var key = context.Request.Headers["Idempotency-Key"].ToString();
        if (!HttpMethods.IsPost(context.Request.Method) || key.Length == 0)
        {
            await next(context);
            return;
        }

        context.Response.Headers["Idempotency-Key"] = key;
        if (key.Length > MaxKeyLength)
        {
            throw new ApiException(StripeError.Invalid(
                $"The Idempotency-Key header must be at most {MaxKeyLength} characters long."));
        }

        var scope = context.Items[AuthMiddleware.ApiKeyItem] + "\n" + key;
        var fingerprint = context.Request.Path + "?" + context.Request.QueryString + "\n"
            + await RequestParams.BodyAsync(context);
        if (!store.TryClaim(scope, fingerprint, out var existing))
        {
            if (existing.Fingerprint != fingerprint)
            {
                throw new ApiException(new StripeError(400, "idempotency_error",
                    "Keys for idempotent requests can only be used with the same parameters " +
                    "they were first used with. " +
                    $"Try using a key other than '{key}' if you meant to execute a different request."));
            }

            if (existing.Result is null)
            {
                throw new ApiException(new StripeError(409, "idempotency_error",
                    "There is currently another in-progress request using this Idempotency-Key. " +
                    "Please try again later.",
                    "idempotency_key_in_use"));
            }

            await ReplayAsync(context, existing.Result);
            return;
        }

        await RunAndSaveAsync(context, scope, fingerprint);
    }

    private static async Task ReplayAsync(HttpContext context, IdempotencyStore.SavedResult saved)
    {
        context.Response.Headers["Idempotent-Replayed"] = "true";
        context.Response.StatusCode = saved.Status;
        context.Response.ContentType = saved.ContentType;
        await context.Response.Body.WriteAsync(saved.Body);
    }

    private async Task RunAndSaveAsync(HttpContext context, string scope, string fingerprint)
    {
        var original = context.Response.Body;
        using var capture = new MemoryStream();
        context.Response.Body = capture;
        var saved = false;
        try
        {
            await next(context);
            if (context.Response.StatusCode is >= 200 and < 300)
            {
                var response = context.Response;
                var result = new IdempotencyStore.SavedResult(
                    response.StatusCode, response.ContentType ?? "application/json", capture.ToArray());
                store.Save(scope, new IdempotencyStore.Entry(fingerprint, result));
                saved = true;
            }
        }
        finally
        {
            context.Response.Body = original;
            if (!saved)
            {
                store.Release(scope);
            }
        }

        capture.Position = 0;
        await capture.CopyToAsync(original);
    }
}

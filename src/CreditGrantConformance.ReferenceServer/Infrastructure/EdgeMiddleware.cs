using System.Text.RegularExpressions;
using CreditGrantConformance.ReferenceServer.Rules;

namespace CreditGrantConformance.ReferenceServer.Infrastructure;

/// <summary>
/// The outermost layer: a Request-Id and Stripe-Version on every response, Stripe-shaped errors for everything that
/// goes wrong below (never a bare 5xx), and 404 "Unrecognized request URL" for a known path with another method.
/// </summary>
public sealed partial class EdgeMiddleware(
    RequestDelegate next,
    ReferenceServerOptions options,
    OpaqueStrings opaque,
    ILogger<EdgeMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        context.Response.Headers["Request-Id"] = opaque.RequestId();

        var version = context.Request.Headers["Stripe-Version"].ToString();
        context.Response.Headers["Stripe-Version"] = version.Length > 0 ? version : options.DefaultApiVersion;
        try
        {
            if (version.Length > 0 && !VersionShape().IsMatch(version))
            {
                throw new ApiException(StripeError.Invalid($"Invalid Stripe API version: {version}"));
            }

            await next(context);
            if (context.Response.StatusCode == StatusCodes.Status405MethodNotAllowed && !context.Response.HasStarted)
            {
                context.Response.Headers.Remove("Allow");
                await ErrorWriter.WriteAsync(
                    context, StripeError.UnknownRoute(context.Request.Method, context.Request.Path));
            }
        }
        catch (ApiException ex) when (!context.Response.HasStarted)
        {
            await ErrorWriter.WriteAsync(context, ex.Error);
        }
        catch (BadHttpRequestException ex) when (!context.Response.HasStarted)
        {
            await ErrorWriter.WriteAsync(context, StripeError.Invalid("The request could not be read: " + ex.Message));
        }
        catch (Exception ex) when (!context.Response.HasStarted && ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Unhandled error in the reference server");
            await ErrorWriter.WriteAsync(context, new StripeError(
                500,
                "api_error",
                "An unexpected error occurred in the reference server. "
                + "This is a bug: please report it with the Request-Id."));
        }
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}(\.[a-z]+)?$")]
    private static partial Regex VersionShape();
}

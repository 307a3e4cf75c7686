using System.Text.Json.Nodes;
using CreditGrantConformance.ReferenceServer.Infrastructure;

namespace CreditGrantConformance.ReferenceServer.Faults.Seams;

/// <summary>
/// Edge middlewares of the faults: headers changed as the response starts, requests answered or stripped early.
/// </summary>
internal static class EdgeHooks
{
    public static Func<HttpContext, RequestDelegate, Task> AsResponseStarts(Action<HttpResponse> change) =>
        (context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                change(context.Response);
                return Task.CompletedTask;
            });
            return next(context);
        };

    public static Task WithoutBasicAuth(HttpContext context, RequestDelegate next)
    {
        if (context.Request.Headers.Authorization.ToString().StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            context.Request.Headers.Authorization = default;
        }

        return next(context);
    }

    /// <summary>
    /// Refuses every request whose body is longer than <paramref name="limit"/> bytes with 413 before it is read, as
    /// servers and proxies with a small default body limit do.
    /// </summary>
    public static Func<HttpContext, RequestDelegate, Task> BodiesOver(long limit) =>
        async (context, next) =>
        {
            context.Request.EnableBuffering();
            var length = context.Request.ContentLength
                ?? await LengthAsync(context.Request).ConfigureAwait(false);
            if (length <= limit)
            {
                await next(context).ConfigureAwait(false);
                return;
            }

            var message = $"Request body of {length} bytes is larger than the limit of {limit} bytes.";
            await JsonResponse.WriteAsync(context, StatusCodes.Status413PayloadTooLarge, new JsonObject
            {
                ["error"] = new JsonObject { ["type"] = "invalid_request_error", ["message"] = message },
            }).ConfigureAwait(false);
        };

    public static Task UnknownRoutesAnswered(HttpContext context, RequestDelegate next) =>
        EndpointOperation.Of(context) == EndpointOperation.UnknownRoute
            ? JsonResponse.WriteAsync(context, 200, new JsonObject())
            : next(context);

    private static async Task<long> LengthAsync(HttpRequest request)
    {
        var length = 0L;
        var buffer = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(buffer).ConfigureAwait(false)) > 0)
        {
            length += read;
        }

        request.Body.Position = 0;
        return length;
    }
}

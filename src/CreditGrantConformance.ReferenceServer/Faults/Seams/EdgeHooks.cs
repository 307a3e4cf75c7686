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

    public static Task UnknownRoutesAnswered(HttpContext context, RequestDelegate next) =>
        EndpointOperation.Of(context) == EndpointOperation.UnknownRoute
            ? JsonResponse.WriteAsync(context, 200, new JsonObject())
            : next(context);
}

using System.Text.Json.Nodes;
using CreditGrantConformance.ReferenceServer.Rules;

namespace CreditGrantConformance.ReferenceServer.Infrastructure;

/// <summary>
/// Writes Stripe's <c>{"error": {...}}</c> envelope: type, code with its doc_url, message, param and request_log_url.
/// </summary>
public static class ErrorWriter
{
    public static Task WriteAsync(HttpContext context, StripeError error)
    {
        var opaque = context.RequestServices.GetRequiredService<OpaqueStrings>();
        var body = new JsonObject { ["type"] = error.Type };
        if (error.Code is not null)
        {
            body["code"] = error.Code;
            body["doc_url"] = DocUrl(error.Code);
        }

        body["message"] = opaque.Message(error.Message);
        if (error.Param is not null)
        {
            body["param"] = error.Param;
        }

        var requestId =
            context.Response.Headers["Request-Id"].ToString() is { Length: > 0 } id ? id : opaque.RequestId();
        body["request_log_url"] =
            $"https://dashboard.stripe.com/test/logs/{requestId}?t={DateTimeOffset.UtcNow.ToUnixTimeSeconds()}";
        return JsonResponse.WriteAsync(context, error.Status, new JsonObject { ["error"] = body });
    }

    public static string DocUrl(string code) => "https://stripe.com/docs/error-codes/" + code.Replace('_', '-');
}

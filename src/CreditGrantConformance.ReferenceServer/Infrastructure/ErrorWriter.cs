using System.Text.Json.Nodes;
using CreditGrantConformance.ReferenceServer.Faults;

namespace CreditGrantConformance.ReferenceServer.Infrastructure;

/// <summary>Writes the <c>{"error": {...}}</c> envelope; the error-format faults live here, at the serializer seam.</summary>
public static class ErrorWriter
{
    public static Task WriteAsync(HttpContext context, StripeError error)
    {
        var faults = context.RequestServices.GetRequiredService<FaultSwitch>();
        var param = error.Param;
        if (param is not null && faults.Has(FaultNames.CreateMissingParamUnbracketed))
        {
            param = param.Replace("][", ".", StringComparison.Ordinal).Replace('[', '.').TrimEnd(']');
        }

        var code = error.Code == "parameter_missing" && faults.Has(FaultNames.ErrorsMissingWrongCode) ? "parameter_invalid" : error.Code;
        var body = new JsonObject { ["type"] = error.Type };
        if (code is not null)
        {
            body["code"] = code;
            body["doc_url"] = "https://stripe.com/docs/error-codes/" + code.Replace('_', '-');
        }

        if (!faults.Has(FaultNames.ErrorsNoMessage))
        {
            body["message"] = error.Message;
        }

        if (param is not null)
        {
            body["param"] = param;
        }

        var requestId = context.Response.Headers["Request-Id"].ToString();
        body["request_log_url"] = $"https://dashboard.stripe.com/test/logs/{(requestId.Length > 0 ? requestId : RequestIds.New())}?t={DateTimeOffset.UtcNow.ToUnixTimeSeconds()}";
        var envelope = faults.Has(FaultNames.ErrorsFlatEnvelope) ? body : new JsonObject { ["error"] = body };
        return JsonResponse.WriteAsync(context, error.Status, envelope);
    }
}

using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CreditGrantConformance.ReferenceServer.Infrastructure;

public static class JsonResponse
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Task WriteAsync(HttpContext context, int status, JsonNode body)
    {
        context.Response.StatusCode = status;
        var faults = context.RequestServices.GetRequiredService<Faults.FaultSwitch>();
        context.Response.ContentType = faults.Has(Faults.FaultNames.HeadersTextContentType) ? "text/plain" : "application/json";
        return context.Response.WriteAsync(body.ToJsonString(Indented));
    }
}

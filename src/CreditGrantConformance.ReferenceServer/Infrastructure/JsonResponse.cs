using System.Text.Json;
using System.Text.Json.Nodes;
using CreditGrantConformance.Results.Json;

namespace CreditGrantConformance.ReferenceServer.Infrastructure;

/// <summary>Every JSON answer of the server, written indented like Stripe's; the response seams see it first.</summary>
public static class JsonResponse
{
    public static Task WriteAsync(HttpContext context, int status, JsonObject body)
    {
        body = context.RequestServices.GetRequiredService<IResponseSeam>()
            .MutateResponse(EndpointOperation.Of(context), body);
        body = context.RequestServices.GetRequiredService<OpaqueStrings>().Reshape(body);
        var bytes = JsonSerializer.SerializeToUtf8Bytes(body, ReadableJson.Indented);
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        context.Response.ContentLength = bytes.Length;
        return context.Response.Body.WriteAsync(bytes).AsTask();
    }
}

namespace CreditGrantConformance.ReferenceServer.Infrastructure;

/// <summary>
/// The API version a request is answered in: its Stripe-Version, else the account's default. The edge writes it on the
/// response before anything else runs, so a handler reads it there.
/// </summary>
public static class RequestVersion
{
    public static string Of(HttpContext context) =>
        context.Response.Headers["Stripe-Version"].ToString() is { Length: > 0 } version
            ? version
            : context.RequestServices.GetRequiredService<ReferenceServerOptions>().DefaultApiVersion;
}

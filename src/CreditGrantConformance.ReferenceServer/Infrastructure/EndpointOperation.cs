namespace CreditGrantConformance.ReferenceServer.Infrastructure;

/// <summary>
/// The short name of an endpoint's operation (create, list, …): rules are checked and response seams applied under
/// it.
/// </summary>
public sealed record EndpointOperation(string Name)
{
    public const string UnknownRoute = "unknown_route";

    public static string Of(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetMetadata<EndpointOperation>()?.Name ?? "";
}

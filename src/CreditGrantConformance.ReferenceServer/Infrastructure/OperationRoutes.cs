using CreditGrantConformance.Operations;

namespace CreditGrantConformance.ReferenceServer.Infrastructure;

/// <summary>
/// Maps an endpoint from the operation's descriptor: its method, path template and operationId are written there alone.
/// </summary>
public static class OperationRoutes
{
    /// <summary>
    /// <paramref name="scope"/> names the operation for rules and response seams; the descriptor's label by default.
    /// </summary>
    public static RouteHandlerBuilder MapOperation(
        this IEndpointRouteBuilder app,
        ApiOperation operation,
        Delegate handler,
        string? scope = null) =>
        app.MapMethods(operation.PathTemplate, [operation.Method.Method], handler)
            .WithName(operation.OperationId)
            .WithMetadata(new EndpointOperation(scope ?? operation.Label));
}

using CreditGrantConformance.Operations;

namespace CreditGrantConformance.Client;

/// <summary>An operation's call as a request of this client.</summary>
public static class ApiOperationRequests
{
    /// <summary>Method, path (with the id escaped), parameters, and the operation and id themselves.</summary>
    public static StripeRequest Request(this ApiOperation operation, string? id, FormParams? parameters) =>
        new(operation.Method, operation.PathFor(id))
        {
            Params = parameters ?? [],
            Operation = operation,
            ObjectId = operation.TakesId ? id : null,
        };
}

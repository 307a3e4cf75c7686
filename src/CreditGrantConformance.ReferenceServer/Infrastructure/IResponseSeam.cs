using System.Text.Json.Nodes;

namespace CreditGrantConformance.ReferenceServer.Infrastructure;

/// <summary>
/// What may rewrite an answer of an operation before it is written: the faults' response seam, which passes every
/// answer through on a faithful server. Declared here so the writer of answers needs nothing of the faults.
/// </summary>
public interface IResponseSeam
{
    JsonObject MutateResponse(string operation, JsonObject body);
}

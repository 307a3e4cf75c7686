using CreditGrantConformance.Operations;

namespace CreditGrantConformance.Suite.Coverage;

/// <summary>
/// Everything of one operation a run can exercise, read from the OpenAPI document and the response schemas: its
/// request parameters (with enum values and limits), the status codes it documents and its answer's fields.
/// </summary>
public sealed record OperationSurface(
    ApiOperation Operation,
    IReadOnlyDictionary<string, RequestParameter> Parameters,
    IReadOnlyList<int> DocumentedStatuses,
    ResponseFields Response)
{
    public IEnumerable<Limit> Limits => Parameters.Values.SelectMany(p => p.Limits);
}

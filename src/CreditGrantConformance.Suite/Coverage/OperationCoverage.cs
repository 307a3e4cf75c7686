namespace CreditGrantConformance.Suite.Coverage;

/// <summary>
/// The ledger of one operation: its requests, every item of each <see cref="CoverageKind"/> with whether the run
/// exercised it, the names it sent that the document does not know, and the errors it met that no list names.
/// </summary>
public sealed record OperationCoverage(
    string Operation,
    int Requests,
    IReadOnlyDictionary<CoverageKind, IReadOnlyList<CoverageItem>> Items,
    IReadOnlyList<string> UnknownParameters,
    IReadOnlyList<CoverageItem> UnnamedErrors)
{
    public IReadOnlyList<CoverageItem> Of(CoverageKind kind) => Items.GetValueOrDefault(kind, []);
}

namespace CreditGrantConformance.Suite.Schemas;

/// <summary>
/// Violations fail a check; unknown fields (pointers of properties the schema does not declare) are drift.
/// </summary>
public sealed record SchemaReport(IReadOnlyList<SchemaViolation> Violations, IReadOnlyList<string> UnknownFields)
{
    public bool IsValid => Violations.Count == 0;
}

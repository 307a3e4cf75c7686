namespace CreditGrantConformance.Suite.Schemas;

/// <summary>
/// One way a response breaks its schema: where (an RFC 6901 pointer), what the schema wants, what came.
/// </summary>
public sealed record SchemaViolation(string Pointer, string Expected, string Actual)
{
    public override string ToString() =>
        $"{(Pointer.Length == 0 ? "(root)" : Pointer)}: expected {Expected}, got {Actual}";
}

namespace CreditGrantConformance.Suite.Checks;

/// <summary>Conventions of check ids: <c>operation.rule</c>, lower case, dots and underscores only.</summary>
public static class CheckIds
{
    /// <summary>
    /// The families of checks that judge the API across operations: an id's first part is an operation's label or
    /// one of these.
    /// </summary>
    public static IReadOnlySet<string> CrossCutting { get; } = new HashSet<string>(
        ["auth", "concurrency", "errors", "headers", "idempotency", "property", "routes"], StringComparer.Ordinal);

    public static string OperationOf(string id)
    {
        var dot = id.IndexOf('.', StringComparison.Ordinal);
        return dot > 0
            ? id[..dot]
            : throw new ArgumentException(
                $"Check id '{id}' must look like 'operation.rule', e.g. 'create.rejects_missing_amount'.",
                nameof(id));
    }
}

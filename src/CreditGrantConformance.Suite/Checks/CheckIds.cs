namespace CreditGrantConformance.Suite.Checks;

/// <summary>Conventions of check ids: <c>operation.rule</c>, lower case, dots and underscores only.</summary>
public static class CheckIds
{
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

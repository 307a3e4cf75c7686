namespace CreditGrantConformance.Suite.Coverage;

/// <summary>
/// One thing of an operation the ledger counts (a parameter, an enum value, a named error, …), how often the run met it
/// and whether that counts as exercised; <paramref name="Detail"/> says more where a count alone does not (a nullable
/// field's null and set answers, a limit's requests at and beyond it, a named error's reason).
/// </summary>
public sealed record CoverageItem(string Name, int Count, bool Exercised, string? Detail = null)
{
    /// <summary>Set when the repository lists the item as out of reach: then it is not counted, either way.</summary>
    public string? OutOfReach { get; init; }
}

namespace CreditGrantConformance.Suite.Checks;

/// <summary>
/// The identity of one check: its id (<c>operation.rule</c>), a short title, its category, the provenance and sentence
/// of the rule it proves, and the public source of that rule (docs/rules.md lists them all).
/// </summary>
public sealed record CheckInfo(
    string Id,
    string Title,
    string Category,
    Provenance Provenance,
    string Rule,
    string Source,
    bool RequiresState)
{
    public string Operation => CheckIds.OperationOf(Id);

    /// <summary>What test runners show: the id first, so a name read anywhere can be filtered on.</summary>
    public string DisplayName => $"{Id} — {Title}";
}

namespace CreditGrantConformance.Suite.Checks;

/// <summary>
/// The identity of one check, and the one source of it: its id (<c>operation.rule</c>), a short title, its category,
/// the provenance and sentence of the rule it proves, and the public source of that rule (docs/rules.md lists them
/// all). A plain check declares it in its <see cref="Execution.CheckAttribute"/>, a data-driven case builds it for
/// <see cref="Execution.CheckCase.Of"/>; it travels on the NUnit test as this object
/// (<see cref="Execution.CheckProperties.Of"/>), and NUnit's properties and categories only display it.
/// </summary>
public sealed record CheckInfo(
    string Id,
    string Title,
    string Category,
    Provenance Provenance,
    string Rule,
    string Source)
{
    /// <summary>
    /// The check needs a target that keeps state (read-after-write, transitions, paging over created objects): in the
    /// stateless profile it is reported as not applicable, never judged.
    /// </summary>
    public bool RequiresState { get; init; }

    /// <summary>
    /// The check lists the whole account, not objects of its own: its answer holds whatever every other check made
    /// meanwhile, so a fault that shapes another check's objects may show in it by chance. The self-tests record a
    /// fault as caught by such a check only when the check, run alone against the fault, still fails.
    /// </summary>
    public bool ListsWholeAccount { get; init; }

    public string Operation => CheckIds.OperationOf(Id);

    /// <summary>What test runners show: the id first, so a name read anywhere can be filtered on.</summary>
    public string DisplayName => $"{Id} — {Title}";
}

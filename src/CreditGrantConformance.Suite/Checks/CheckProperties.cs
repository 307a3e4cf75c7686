using NUnit.Framework.Interfaces;

namespace CreditGrantConformance.Suite.Checks;

/// <summary>
/// Where a check's identity lives on its NUnit test: properties (CheckId is a trait, so <c>--filter CheckId=…</c>
/// selects one check) and categories (operation, category, provenance). Plain tests get them from
/// <see cref="CheckAttribute"/>, data-driven cases from <see cref="CheckCase"/>; the check layer reads them back here.
/// </summary>
public static class CheckProperties
{
    public const string Id = "CheckId";
    public const string Title = "CheckTitle";
    public const string Category = "CheckCategory";
    public const string Provenance = "Provenance";
    public const string Rule = "Rule";
    public const string Source = "Source";

    public static IEnumerable<(string Name, string Value)> Of(CheckInfo info)
    {
        yield return (Id, info.Id);
        yield return (Title, info.Title);
        yield return (Category, info.Category);
        yield return (Provenance, info.Provenance.Name());
        yield return (Rule, info.Rule);
        yield return (Source, info.Source);
        if (info.RequiresState)
        {
            yield return (RequiresStateAttribute.Name, "true");
        }
    }

    /// <summary>The NUnit categories of a check: its operation, its category and its provenance.</summary>
    public static IEnumerable<string> Categories(CheckInfo info) =>
        [info.Operation, info.Category, info.Provenance.Name()];

    /// <summary>
    /// The check a test is, or null for a test that is not one (a data-driven family, a setup fixture).
    /// </summary>
    public static CheckInfo? Read(ITest test)
    {
        if (test.Properties.Get(Id) is not string id)
        {
            return null;
        }

        var requiresState = false;
        for (var node = test; node is not null; node = node.Parent)
        {
            requiresState |= node.Properties.ContainsKey(RequiresStateAttribute.Name);
        }

        return new CheckInfo(
            id,
            test.Properties.Get(Title) as string ?? id,
            test.Properties.Get(Category) as string ?? "",
            Enum.Parse<Checks.Provenance>(
                test.Properties.Get(Provenance) as string ?? nameof(Checks.Provenance.Spec),
                ignoreCase: true),
            test.Properties.Get(Rule) as string ?? "",
            test.Properties.Get(Source) as string ?? "",
            requiresState);
    }
}

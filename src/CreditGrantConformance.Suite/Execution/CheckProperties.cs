using CreditGrantConformance.Suite.Checks;
using NUnit.Framework.Interfaces;
using NUnit.Framework.Internal;

namespace CreditGrantConformance.Suite.Execution;

/// <summary>
/// How a check's <see cref="CheckInfo"/> rides on its NUnit test: the record itself, under a property no runner shows
/// (an underscore marks NUnit's internal properties), which the check layer and the self-tests look up
/// (<see cref="Of"/>); and, for display and filters only, properties (CheckId is a trait, so <c>--filter CheckId=…</c>
/// selects one check) and categories (operation, category, provenance), written from the record and never read back.
/// Plain tests get them from <see cref="CheckAttribute"/>, data-driven cases from <see cref="CheckCase"/>.
/// </summary>
public static class CheckProperties
{
    public const string Id = "CheckId";
    public const string Title = "CheckTitle";
    public const string Category = "CheckCategory";
    public const string Provenance = "Provenance";
    public const string Rule = "Rule";
    public const string Source = "Source";
    public const string RequiresState = "RequiresState";
    public const string ListsWholeAccount = "ListsWholeAccount";

    private const string Info = "_CheckInfo";

    /// <summary>The check a test is; null for a test that is not one (a data-driven family, a setup fixture).</summary>
    public static CheckInfo? Of(ITest test) => test.Properties.Get(Info) as CheckInfo;

    /// <summary>Hangs the check on the properties of the test (or case) that will be it.</summary>
    internal static void Attach(IPropertyBag properties, CheckInfo info)
    {
        properties.Set(Info, info);
        properties.Set(Id, info.Id);
        properties.Set(Title, info.Title);
        properties.Set(Category, info.Category);
        properties.Set(Provenance, info.Provenance.Name());
        properties.Set(Rule, info.Rule);
        properties.Set(Source, info.Source);
        if (info.RequiresState)
        {
            properties.Set(RequiresState, "true");
        }

        if (info.ListsWholeAccount)
        {
            properties.Set(ListsWholeAccount, "true");
        }

        foreach (var category in new[] { info.Operation, info.Category, info.Provenance.Name() })
        {
            properties.Add(PropertyNames.Category, category);
        }
    }
}

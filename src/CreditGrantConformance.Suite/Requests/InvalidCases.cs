using CreditGrantConformance.Suite.Checks;
using NUnit.Framework;

namespace CreditGrantConformance.Suite.Requests;

/// <summary>Turns the invalid-input catalogue into NUnit cases, each a check of its own with the id, provenance and rule of its entry.</summary>
public static class InvalidCases
{
    public static IEnumerable<TestCaseData> For(string operation) => InvalidCatalogue.For(operation).Select(c =>
    {
        var data = new TestCaseData(c)
            .SetName(c.ToString())
            .SetProperty(CheckAttribute.IdProperty, c.Id)
            .SetProperty(CheckAttribute.ProvenanceProperty, c.Provenance.ToString())
            .SetProperty(CheckAttribute.RuleProperty, c.Rule);
        return c.RequiresState ? data.SetProperty(RequiresStateAttribute.Name, "true") : data;
    });
}

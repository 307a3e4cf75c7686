using NUnit.Framework;
using NUnit.Framework.Interfaces;
using NUnit.Framework.Internal;
using NUnit.Framework.Internal.Commands;

namespace CreditGrantConformance.Suite.Checks;

/// <summary>
/// Marks a test as a conformance check: a stable id (<c>operation.rule</c>), where the rule comes from and what it says.
/// Adds the operation, category and provenance as NUnit categories so <c>dotnet test --filter</c> can select them, and
/// wraps the test so profile gating, strictness and the known-gap file are applied in one place.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class CheckAttribute(string id, Provenance provenance, string category, string rule)
    : NUnitAttribute, IApplyToTest, IWrapTestMethod
{
    public const string IdProperty = "CheckId";
    public const string ProvenanceProperty = "Provenance";
    public const string RuleProperty = "Rule";

    public string Id { get; } = id;

    public Provenance Provenance { get; } = provenance;

    public string Category { get; } = category;

    public string Rule { get; } = rule;

    public void ApplyToTest(Test test)
    {
        var operation = CheckIds.OperationOf(Id);
        foreach (var name in new[] { operation, Category, Provenance.ToString().ToLowerInvariant() })
        {
            if (!test.Properties[PropertyNames.Category].Contains(name))
            {
                test.Properties.Add(PropertyNames.Category, name);
            }
        }
    }

    public TestCommand Wrap(TestCommand command) => new CheckCommand(command, this);
}

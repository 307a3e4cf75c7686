using System.Reflection;

namespace CreditGrantConformance.SelfTests.Wholesome;

/// <summary>
/// Beside the layers (<see cref="LayeringTests"/>), the namespaces of each product assembly depend one way: no two
/// namespaces use each other, directly or through others, so each can be read (and moved) below the ones that use it.
/// </summary>
public sealed class NamespaceCycleTests
{
    private static readonly TestCaseData[] Assemblies =
    [
        new("CreditGrantConformance.ReferenceServer"),
        new("CreditGrantConformance.Suite"),
        new("CreditGrantConformance.Results"),
        new("CreditGrantConformance.Operations"),
        new("CreditGrantConformance.Client"),
    ];

    [TestCaseSource(nameof(Assemblies))]
    public void Namespaces_of_the_assembly_use_each_other_one_way(string assembly)
    {
        var cycles = NamespaceGraph.Of(Assembly.Load(assembly)).Cycles();

        Assert.That(
            cycles,
            Is.Empty,
            "Namespaces that use each other: move the type named in an edge to the namespace below both.");
    }
}

using System.Reflection;
using CreditGrantConformance.SelfTests.Faults;
using CreditGrantConformance.Suite.Checks;
using CreditGrantConformance.Suite.Execution;
using NUnit.Framework.Api;
using NUnit.Framework.Interfaces;
using NUnit.Framework.Internal;

namespace CreditGrantConformance.SelfTests.Wholesome;

/// <summary>
/// The suite's tests exactly as NUnit builds them from tests/Conformance (data-driven cases included), read without
/// running anything: what meta-tests and the generated docs/rules.md inspect.
/// </summary>
internal static class SuiteTree
{
    private static readonly Lazy<IReadOnlyList<ITest>> Loaded = new(Load);

    /// <summary>Every runnable test case of the suite.</summary>
    public static IReadOnlyList<ITest> Tests => Loaded.Value;

    public static IReadOnlyList<CheckInfo> Checks => Tests.Select(CheckProperties.Of).OfType<CheckInfo>().ToList();

    public static IReadOnlyList<string> Categories(ITest test) =>
        test.Properties[PropertyNames.Category].Cast<string>().ToList();

    private static List<ITest> Load()
    {
        var assembly = Assembly.LoadFrom(SuiteProcess.ConformanceAssembly());
        var root = new DefaultTestAssemblyBuilder().Build(assembly, new Dictionary<string, object>());
        if (root.RunState == RunState.NotRunnable)
        {
            throw new InvalidOperationException(
                $"NUnit cannot build the suite: {root.Properties.Get(PropertyNames.SkipReason)}");
        }

        var tests = new List<ITest>();
        Collect(root, tests);
        return tests;
    }

    private static void Collect(ITest test, List<ITest> into)
    {
        if (!test.IsSuite)
        {
            into.Add(test);
        }

        foreach (var child in test.Tests)
        {
            Collect(child, into);
        }
    }
}

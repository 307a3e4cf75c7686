using NUnit.Framework.Interfaces;
using NUnit.Framework.Internal;

namespace CreditGrantConformance.Suite.Execution;

/// <summary>
/// The parameters of a run started inside another process (the self-tests run the suite in-process, several at once).
/// NUnit keeps <c>TestContext.Parameters</c> in one dictionary per process that every load adds to, so such a host
/// hangs each run's parameters on the root of that run's test tree instead, and the setup fixture reads them there.
/// </summary>
public static class RunParameters
{
    public const string Property = "ConformanceRunParameters";

    /// <summary>
    /// The parameters hung on the tree of the suite in progress, or null when NUnit's own run parameters apply.
    /// </summary>
    public static Func<string, string?>? OfCurrentSuite()
    {
        for (ITest? node = TestExecutionContext.CurrentContext.CurrentTest; node is not null; node = node.Parent)
        {
            if (node.Properties.Get(Property) is IReadOnlyDictionary<string, string> parameters)
            {
                return parameters.GetValueOrDefault;
            }
        }

        return null;
    }
}

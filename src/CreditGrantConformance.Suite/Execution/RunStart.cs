using CreditGrantConformance.Suite.Configuration;
using NUnit.Framework.Interfaces;
using NUnit.Framework.Internal;

namespace CreditGrantConformance.Suite.Execution;

/// <summary>
/// How the run started: the run itself, or the problem that kept it from starting. The setup fixture hangs it on its
/// own suite in the NUnit tree, and each check finds it by walking up from itself, so no static holds the run and
/// several runs can share a process (the self-tests run faulted targets side by side).
/// </summary>
public sealed class RunStart
{
    private const string Property = "ConformanceRunStart";
    private int failureClaimed;

    private RunStart(ConformanceRun? run, SettingsException? problem)
    {
        Run = run;
        Problem = problem;
    }

    public ConformanceRun? Run { get; }

    public SettingsException? Problem { get; }

    public static async Task<RunStart> BeginAsync(Func<ConformanceSettings> settings)
    {
        try
        {
            return new RunStart(await ConformanceRun.StartAsync(settings()).ConfigureAwait(false), null);
        }
        catch (SettingsException ex)
        {
            return new RunStart(null, ex);
        }
    }

    /// <summary>Called from the setup fixture's one-time setup: the suite in progress is the setup fixture.</summary>
    public void AttachToCurrentSuite() =>
        TestExecutionContext.CurrentContext.CurrentTest.Properties.Set(Property, this);

    public static RunStart? Of(ITest test)
    {
        for (var node = test; node is not null; node = node.Parent)
        {
            if (node.Properties.Get(Property) is RunStart start)
            {
                return start;
            }
        }

        return null;
    }

    /// <summary>
    /// True for the one check that reports a failed start; every other check of the run is reported as not run.
    /// </summary>
    public bool ClaimFailure() => Interlocked.Exchange(ref failureClaimed, 1) == 0;
}

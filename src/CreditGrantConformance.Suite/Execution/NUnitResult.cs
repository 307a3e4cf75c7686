using CreditGrantConformance.Suite.Checks;
using NUnit.Framework;
using NUnit.Framework.Interfaces;
using NUnit.Framework.Internal;

namespace CreditGrantConformance.Suite.Execution;

/// <summary>
/// Tells NUnit (and through it the console, TRX and any IDE) the suite's outcome in the three buckets test runners
/// know: passed for outcomes that do not hold the run up, failed for those that do, skipped for checks that were not
/// judged. The outcome's name leads every message, so no runner shows an observation or an expected failure as a plain
/// pass.
/// </summary>
internal static class NUnitResult
{
    public static void Apply(TestResult nunit, CheckResult result)
    {
        var message = result.Outcome == Outcome.Passed ? "" : $"{result.Outcome.Label()}: {result.Reason}";
        var state = result.Outcome switch
        {
            Outcome.Error => ResultState.Error,
            _ when result.Outcome.RunnerStatus() == RunnerStatus.Failed => ResultState.Failure,
            // Ignored, not Skipped: the test adapter counts only Ignored as skipped in its totals.
            _ when result.Outcome.RunnerStatus() == RunnerStatus.Skipped => ResultState.Ignored,
            _ => ResultState.Success,
        };
        // A check that failed but does not hold the run up passes in NUnit; its message goes to the output too, where
        // the console and TRX show it for passed tests.
        if (state == ResultState.Success && message.Length > 0)
        {
            TestContext.Out.WriteLine(message);
        }

        // Only a check that broke by a bug of the suite has a stack trace. The runsettings files tell the test adapter
        // to leave traces out (it gives every failure one, a bare line break at least, which vstest prints as an
        // empty "Stack Trace:"), so this one goes to the output too, where the console and TRX show it.
        var trace = result.Outcome.RunnerStatus() == RunnerStatus.Failed
            && !string.IsNullOrEmpty(result.Trace.StackTrace)
                ? result.Trace.StackTrace
                : null;
        if (trace is not null)
        {
            TestContext.Out.WriteLine("Stack trace of the suite's own error:" + Environment.NewLine + trace);
        }

        // NUnit keeps each Assert failure with its stack trace and prints them all; the outcome's message says it once.
        nunit.AssertionResults.Clear();
        nunit.SetResult(state, message, trace);
    }
}

using System.Diagnostics;
using CreditGrantConformance.Suite.Checks;
using CreditGrantConformance.Suite.Configuration;
using CreditGrantConformance.Suite.Results;
using NUnit.Framework.Internal;
using NUnit.Framework.Internal.Commands;

namespace CreditGrantConformance.Suite.Execution;

/// <summary>
/// The check layer: runs one check in its own context, turns what happened into the suite's outcome (strictness and the
/// known-gap file applied in <see cref="Verdicts"/>), and tells NUnit the same story (README, "Outcomes").
/// </summary>
internal sealed class CheckCommand(TestCommand inner) : DelegatingTestCommand(inner)
{
    public override TestResult Execute(TestExecutionContext context)
    {
        var info = CheckProperties.Of(context.CurrentTest)
            ?? throw new InvalidOperationException(
                $"{context.CurrentTest.FullName} has no check id: build data-driven cases with CheckCase.Of.");
        var start = RunStart.Of(context.CurrentTest)
            ?? throw new InvalidOperationException(
                $"{info.Id} ran outside a conformance run: the assembly needs a [SetUpFixture] that begins one "
                + "(see tests/Conformance/RunSetup.cs).");
        if (start.Run is not { } run)
        {
            var notStarted = NotStarted(info, start);
            if (notStarted.Outcome == Outcome.Failed)
            {
                // No other check is started: the console lists no skipped check, only this one's lines.
                context.ExecutionStatus = TestExecutionStatus.StopRequested;
            }

            return Report(context, notStarted, null);
        }

        if (info.RequiresState && run.Settings.Profile == Profile.Stateless)
        {
            var reason = $"{info.Id} needs a target that keeps state, and the profile is stateless.";
            return Report(
                context,
                new CheckResult(info, Outcome.NotApplicable) { TargetResult = Outcome.NotApplicable, Reason = reason },
                run);
        }

        if (VersionScopes.NotApplicable(info.Id, run.Settings.ApiVersion) is { } tooEarly)
        {
            var notYet = new CheckResult(info, Outcome.NotApplicable)
            {
                TargetResult = Outcome.NotApplicable,
                Reason = tooEarly,
            };
            return Report(context, notYet, run);
        }

        var started = DateTimeOffset.UtcNow;
        var clock = Stopwatch.StartNew();
        var check = run.Begin(info);
        Exception? thrown = null;
        using (CheckContext.Enter(check))
        {
            try
            {
                context.CurrentResult = innerCommand.Execute(context);
            }
            catch (Exception ex)
            {
                thrown = ex;
            }
        }

        var raw = RawResult.Of(thrown, context.CurrentResult, check.Scope);
        var result = Verdicts.Decide(info, raw, run.Settings, run.KnownGaps) with
        {
            Observations = check.Scope.Observations,
            RequestIds = check.Scope.RequestIds,
            Duration = clock.Elapsed,
            Trace = CheckTraces.Of(context, started, check.Scope.Exchanges, raw, run.Settings),
        };
        return Report(context, result, run);
    }

    // A run that did not start is reported once, by whichever check comes first, in the words the console and the text
    // summary use: a line per problem and the verdict. The others did not run.
    private static CheckResult NotStarted(CheckInfo info, RunStart start)
    {
        var problem = start.Problem is { } p ? NotStartedSummary.Text(p) : "Verdict: NOT STARTED";
        return start.ClaimFailure()
            ? new CheckResult(info, Outcome.Failed)
            {
                TargetResult = Outcome.Skipped,
                Reason = "no check ran, this one reports why:" + Environment.NewLine + problem,
            }
            : new CheckResult(info, Outcome.Skipped)
            {
                TargetResult = Outcome.Skipped,
                Reason = "Not run: " + (start.Problem?.Headline ?? "NOT STARTED"),
            };
    }

    private static TestResult Report(TestExecutionContext context, CheckResult result, ConformanceRun? run)
    {
        run?.Results.Add(result);
        NUnitResult.Apply(context.CurrentResult, result);
        return context.CurrentResult;
    }
}

using CreditGrantConformance.Suite.Configuration;
using NUnit.Framework.Interfaces;
using NUnit.Framework.Internal;

namespace CreditGrantConformance.Suite.Checks;

/// <summary>
/// Applies strictness and the known-gap file to a finished check, in one place, and rewrites the NUnit result so that
/// the test runner's verdict agrees with the summary's (a non-gating failure becomes a warning).
/// </summary>
internal static class Verdicts
{
    public static CheckResult Decide(CheckInfo info, TestResult result, ConformanceRun run)
    {
        var outcome = OutcomeOf(result.ResultState);
        var message = result.Message;
        var gap = run.KnownGaps.Find(info.Id);
        var disposition = Disposition.Counted;

        if (gap is not null && gap.IsExpired(DateOnly.FromDateTime(DateTime.UtcNow)))
        {
            disposition = Disposition.ExpiredGap;
            result.SetResult(ResultState.Failure, $"Known-gap entry for {info.Id} expired on {gap.Expires:yyyy-MM-dd} ({gap.Reason}). Fix the target or renew the entry in {run.KnownGaps.Source}. Outcome was: {outcome}. {message}");
        }
        else if (gap is not null && outcome is Outcome.Failed or Outcome.Error)
        {
            disposition = Disposition.ExpectedFailure;
            result.SetResult(ResultState.Warning, $"Expected failure (known gap: {gap.Reason}). {message}");
        }
        else if (gap is not null && outcome == Outcome.Passed)
        {
            disposition = Disposition.UnexpectedPass;
            result.SetResult(ResultState.Failure, $"{info.Id} passed but {run.KnownGaps.Source} lists it as a known gap ({gap.Reason}). Remove the entry so the list stays true.");
        }
        else if (outcome == Outcome.Failed && info.Provenance == Provenance.Assumed && run.Settings.Strictness == Strictness.Documented)
        {
            disposition = Disposition.Observation;
            result.SetResult(ResultState.Warning, $"Observation (assumed rule, not gating; {SettingNames.Strictness}=assumed makes it count): {message}");
        }

        return new CheckResult(info, outcome, disposition, disposition == Disposition.Counted && outcome == Outcome.Passed ? null : message, [], [], TimeSpan.Zero);
    }

    private static Outcome OutcomeOf(ResultState state) => state.Status switch
    {
        TestStatus.Passed => Outcome.Passed,
        TestStatus.Skipped or TestStatus.Inconclusive => Outcome.Skipped,
        TestStatus.Warning => Outcome.Passed,
        TestStatus.Failed when state.Label == ResultState.Error.Label => Outcome.Error,
        _ => Outcome.Failed,
    };
}

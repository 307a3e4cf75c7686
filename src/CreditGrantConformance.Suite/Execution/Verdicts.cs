using CreditGrantConformance.Suite.Checks;
using CreditGrantConformance.Suite.Configuration;
using CreditGrantConformance.Suite.Gaps;

namespace CreditGrantConformance.Suite.Execution;

/// <summary>
/// Weighs what the target did under the run's strictness and known-gap file, in one place: a failure resting on
/// assumed evidence is an observation under documented strictness; a listed check that fails is an expected failure,
/// one that passes an unexpected pass; an expired entry fails the run.
/// </summary>
internal static class Verdicts
{
    public static CheckResult Decide(CheckInfo info, RawResult raw, ConformanceSettings settings, KnownGaps knownGaps)
    {
        var result = new CheckResult(info, raw.Outcome)
        {
            TargetResult = raw.Outcome,
            Reason = raw.Reason,
            Evidence = raw.Evidence,
        };
        if (raw.Outcome is Outcome.NotApplicable or Outcome.Skipped)
        {
            return result;
        }

        var evidence = raw.Evidence ?? info.Provenance;
        var failed = raw.Outcome is Outcome.Failed or Outcome.Error;
        var rule = $"{Environment.NewLine}Rule [{info.Provenance.Name()}]: {info.Rule} (source: {info.Source})";
        if (knownGaps.Find(info.Id) is { } gap)
        {
            result = result with { KnownGap = gap.Reason };
            if (gap.IsExpired(DateOnly.FromDateTime(DateTime.UtcNow)))
            {
                return result with
                {
                    Outcome = Outcome.Failed,
                    Reason = $"The known-gap entry for {info.Id} in {knownGaps.Source} "
                        + $"expired on {gap.Expires:yyyy-MM-dd} ({gap.Reason}): "
                        + $"fix the target or renew the entry. The check itself {raw.Outcome.Name()}."
                        + (failed ? Environment.NewLine + raw.Reason : ""),
                };
            }

            return failed
                ? result with
                {
                    Outcome = Outcome.ExpectedFailure,
                    Reason = $"known gap ({gap.Reason}). {raw.Reason}{rule}",
                }
                : result with
                {
                    Outcome = Outcome.UnexpectedPass,
                    Reason = $"the check passed, but {knownGaps.Source} lists it as a known gap ({gap.Reason}): "
                        + "remove the entry so the list stays true.",
                };
        }

        if (raw.Outcome == Outcome.Failed
            && evidence == Provenance.Assumed
            && settings.Strictness == Strictness.Documented)
        {
            return result with
            {
                Outcome = Outcome.Observation,
                Reason = $"{raw.Reason}{rule}{Environment.NewLine}"
                    + "(An assumed rule: Stripe leaves this open, so it does not fail the run; "
                    + $"{SettingNames.Strictness}=assumed makes it count.)",
            };
        }

        return failed ? result with { Reason = raw.Reason + rule } : result;
    }
}

using CreditGrantConformance.Suite.Checks;

namespace CreditGrantConformance.Suite.Reports;

/// <summary>How the suite's outcome and disposition read in Allure's vocabulary.</summary>
internal static class AllureStatus
{
    public static string Of(CheckResult result) => result.Disposition switch
    {
        Disposition.UnexpectedPass or Disposition.ExpiredGap => "failed",
        Disposition.Observation or Disposition.ExpectedFailure => "skipped",
        _ => result.Outcome switch
        {
            Outcome.Passed => "passed",
            Outcome.Failed => "failed",
            Outcome.Error => "broken",
            _ => "skipped",
        },
    };

    public static string Severity(Provenance provenance) => provenance switch
    {
        Provenance.Spec or Provenance.Documented => "critical",
        Provenance.Observed => "normal",
        _ => "minor",
    };

    public static string? Prefix(CheckResult result) => result.Disposition switch
    {
        Disposition.Observation => "Observation (assumed rule, not gating). ",
        Disposition.ExpectedFailure => "Expected failure (known gap). ",
        _ => null,
    };
}

namespace CreditGrantConformance.Suite.Checks;

/// <summary>
/// The one vocabulary of a check's outcome, used alike by NUnit/TRX, the console table, the summary JSON and Allure
/// (README, "Outcomes"). <see cref="OutcomeExtensions.FailsRun"/> says which of them fail the run.
/// </summary>
public enum Outcome
{
    /// <summary>The target did what the rule says.</summary>
    Passed,

    /// <summary>The target broke a rule that counts under the run's strictness.</summary>
    Failed,

    /// <summary>
    /// The target or the environment broke (no answer, a body that is not JSON): the check could not be judged.
    /// </summary>
    Error,

    /// <summary>The check failed as the target's known-gap file says it would.</summary>
    ExpectedFailure,

    /// <summary>The check passed although the known-gap file lists it: the entry is stale.</summary>
    UnexpectedPass,

    /// <summary>
    /// The target broke a rule that does not count under the run's strictness (an assumed rule, by default).
    /// </summary>
    Observation,

    /// <summary>
    /// The check cannot be judged on this kind of target (a stateless profile, an SDK that cannot express the request).
    /// </summary>
    NotApplicable,

    /// <summary>The check did not run (the run did not start).</summary>
    Skipped,
}

public static class OutcomeExtensions
{
    public static bool FailsRun(this Outcome outcome) =>
        outcome is Outcome.Failed or Outcome.Error or Outcome.UnexpectedPass;

    /// <summary>The name in reports, file formats and the known-gap file: <c>expected_failure</c>.</summary>
    public static string Name(this Outcome outcome) => outcome switch
    {
        Outcome.ExpectedFailure => "expected_failure",
        Outcome.UnexpectedPass => "unexpected_pass",
        Outcome.NotApplicable => "not_applicable",
        _ => outcome.ToString().ToLowerInvariant(),
    };

    /// <summary>How a message of a test runner or report names it: <c>Expected failure</c>.</summary>
    public static string Label(this Outcome outcome) => outcome switch
    {
        Outcome.ExpectedFailure => "Expected failure",
        Outcome.UnexpectedPass => "Unexpected pass",
        Outcome.NotApplicable => "Not applicable",
        _ => outcome.ToString(),
    };

    /// <summary>
    /// How test runners that know only passed, failed and skipped show it (NUnit, TRX, Allure's status).
    /// </summary>
    public static RunnerStatus RunnerStatus(this Outcome outcome) => outcome switch
    {
        Outcome.Failed or Outcome.Error or Outcome.UnexpectedPass => Checks.RunnerStatus.Failed,
        Outcome.NotApplicable or Outcome.Skipped => Checks.RunnerStatus.Skipped,
        _ => Checks.RunnerStatus.Passed,
    };
}

/// <summary>
/// The three buckets of NUnit, TRX and Allure: passed and failed say whether the run is held up, skipped that nothing
/// was judged.
/// </summary>
public enum RunnerStatus
{
    Passed,
    Failed,
    Skipped,
}

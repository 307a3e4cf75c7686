using System.Globalization;
using CreditGrantConformance.Client;
using CreditGrantConformance.Results.Allure;
using CreditGrantConformance.Suite.Checks;

namespace CreditGrantConformance.Suite.Results;

/// <summary>
/// The run's Allure results: where the suite's results become Allure's words (<see cref="AllureStatus"/>), each check
/// with its line of the summary and its trace, and the environment the report shows (verdict first).
/// </summary>
public static class AllureResults
{
    public static void Write(string directory, Redactor redactor, RunSummary summary) =>
        new AllureResultsWriter(directory, redactor)
            .Write(Environment(summary), summary.Checks.Select(c => Check(c, summary)));

    private static AllureCheck Check(CheckResult check, RunSummary summary) =>
        new(SummaryWriter.Check(check, summary), check.Trace)
        {
            Name = check.Check.DisplayName,
            Status = AllureStatus.Of(check.Outcome),
            Severity = AllureStatus.Severity(check.Check.Provenance),
            Message = AllureStatus.Message(check),
            Headline = check.Headline,
            Passed = check.Outcome == Outcome.Passed,
        };

    private static IEnumerable<KeyValuePair<string, string>> Environment(RunSummary s) =>
    [
        KeyValuePair.Create("verdict", s.Headline),
        KeyValuePair.Create("target", s.Target),
        KeyValuePair.Create("target.name", s.TargetName),
        KeyValuePair.Create("driver", s.Driver?.Description ?? "(none: the suite's own client)"),
        KeyValuePair.Create(
            "driver.api_versions_sent",
            s.Driver is null ? "(no driver)" : string.Join(", ", s.Driver.ApiVersionsSent)),
        KeyValuePair.Create("profile", s.Profile),
        KeyValuePair.Create("strictness", s.Strictness),
        KeyValuePair.Create(
            "api.version",
            s.ApiVersion ?? "(account default)"),
        KeyValuePair.Create("seed", s.Seed.ToString(CultureInfo.InvariantCulture)),
        KeyValuePair.Create("run.id", s.RunId),
    ];
}

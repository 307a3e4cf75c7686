using System.Globalization;
using System.Xml.Linq;
using CreditGrantConformance.Results;
using CreditGrantConformance.Results.Summary;

namespace CreditGrantConformance.Tool.Reports;

/// <summary>
/// <c>conformance-junit.xml</c>, the format GitLab, Jenkins, CircleCI and GitHub's test reporters read: every check a
/// test case named by its id; failed and unexpected passes as failures, errors as errors, each with its reason and
/// rerun line; not applicable and not run as skipped; passes, expected failures and observations as passes.
/// </summary>
public static class JunitReport
{
    public const string FileName = ResultFiles.JunitFileName;

    public static string Write(string directory, SummaryDocument summary, Func<string, string> rerun)
    {
        var checks = SummaryCheck.Of(summary);
        var cases = checks.Select(c => Case(c, rerun)).ToList();
        var failures = checks.Count(c => c.Outcome is "failed" or "unexpected_pass");
        var errors = checks.Count(c => c.Outcome == "error");
        var skipped = checks.Count(c => c.Outcome is "not_applicable" or "skipped");
        var seconds = Seconds(summary.DurationSeconds ?? checks.Sum(c => c.Seconds));
        var target = summary.Target?.Name ?? "target";
        var suite = new XElement(
            "testsuite",
            new XAttribute("name", $"credit-grant-conformance ({target})"),
            Counts(checks.Count, failures, errors, skipped, seconds),
            new XAttribute("timestamp", Time(summary.StartedAt ?? summary.FinishedAt)),
            new XElement("properties", Properties(summary)),
            cases);
        var document = new XDocument(
            new XElement(
                "testsuites",
                new XAttribute("name", "credit-grant-conformance"),
                Counts(checks.Count, failures, errors, skipped, seconds),
                suite));
        var path = Path.Combine(directory, FileName);
        document.Save(path);
        return path;
    }

    private static XElement Case(SummaryCheck check, Func<string, string> rerun)
    {
        var element = new XElement(
            "testcase",
            new XAttribute("name", check.Id),
            new XAttribute("classname", "credit-grant-conformance." + check.Operation),
            new XAttribute("time", Seconds(check.Seconds)));
        var detail = check.Id == SummaryCheck.NotStartedId
            ? check.Reason
            : $"{check.Reason}\n\nrerun: {rerun(check.Id)}";
        switch (check.Outcome)
        {
            case "failed" or "unexpected_pass":
                element.Add(Problem("failure", check, detail));
                break;
            case "error":
                element.Add(Problem("error", check, detail));
                break;
            case "not_applicable" or "skipped":
                element.Add(new XElement("skipped", new XAttribute("message", $"{check.Outcome}: {check.FirstLine}")));
                break;
            case "expected_failure" or "observation":
                element.Add(new XElement("system-out", $"{check.Outcome}: {check.Reason}"));
                break;
            default:
                break;
        }

        return element;
    }

    private static XElement Problem(string kind, SummaryCheck check, string detail) =>
        new(kind, new XAttribute("message", check.FirstLine), new XAttribute("type", check.Outcome), detail);

    private static IEnumerable<XElement> Properties(SummaryDocument summary) =>
        new (string Name, object? Value)[]
            {
                ("verdict", summary.Verdict), ("headline", summary.Headline), ("run_id", summary.RunId),
                ("profile", summary.Profile), ("strictness", summary.Strictness), ("seed", summary.Seed),
                ("api_version", summary.ApiVersion),
            }
            .Where(p => p.Value is not null)
            .Select(p => new XElement(
                "property",
                new XAttribute("name", p.Name),
                new XAttribute("value", Convert.ToString(p.Value, CultureInfo.InvariantCulture)!)));

    private static string Time(DateTimeOffset? time) => time?.ToString("O", CultureInfo.InvariantCulture) ?? "";

    private static XAttribute[] Counts(int tests, int failures, int errors, int skipped, string seconds) =>
    [
        new("tests", tests), new("failures", failures), new("errors", errors), new("skipped", skipped),
        new("time", seconds),
    ];

    private static string Seconds(double seconds) => seconds.ToString("0.###", CultureInfo.InvariantCulture);
}

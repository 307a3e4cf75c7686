using System.Globalization;
using System.Text;
using CreditGrantConformance.Suite.Checks;

namespace CreditGrantConformance.Suite.Results;

/// <summary>The end-of-run table: operation × outcome, then the figures a reviewer asks for first.</summary>
public static class ConsoleTable
{
    private static readonly (string Title, Func<CheckResult, bool> Counts)[] Columns =
    [
        ("passed", c => c.Outcome == Outcome.Passed && c.Disposition == Disposition.Counted),
        ("failed", c => c.FailsRun && c.Outcome != Outcome.Error),
        ("error", c => c.FailsRun && c.Outcome == Outcome.Error),
        ("observed", c => c.Disposition == Disposition.Observation),
        ("xfail", c => c.Disposition == Disposition.ExpectedFailure),
        ("skipped", c => c.Outcome == Outcome.Skipped),
        ("n/a", c => c.Outcome == Outcome.NotApplicable),
    ];

    public static string Render(RunSummary summary)
    {
        var rows = summary.Checks.GroupBy(c => c.Check.Operation, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        var text = new StringBuilder();
        var driver = summary.Driver is { } sdk ? "; " + sdk.Headline : "";
        text.AppendLine(CultureInfo.InvariantCulture,
            $"Credit grant conformance: {summary.TargetName} ({summary.Profile}, strictness {summary.Strictness}, seed {summary.Seed}){driver}");
        text.Append(Cell("operation", 12));
        foreach (var column in Columns)
        {
            text.Append(Cell(column.Title, 9));
        }

        text.AppendLine();
        foreach (var row in rows.Append(summary.Checks.GroupBy(_ => "total").FirstOrDefault()).OfType<IGrouping<string, CheckResult>>())
        {
            text.Append(Cell(row.Key, 12));
            foreach (var column in Columns)
            {
                text.Append(Cell(row.Count(column.Counts).ToString(CultureInfo.InvariantCulture), 9));
            }

            text.AppendLine();
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"Requests: {summary.Requests.Total} ({summary.Requests.Retries} retries, peak {summary.Requests.PeakPerSecond}/s, limit {summary.Requests.MaxPerSecond}/s); cleanup: {summary.Cleanup.GrantsVoided} grants voided, {summary.Cleanup.CustomersDeleted} customers deleted, {summary.Cleanup.NotCleaned.Count} not cleaned.");
        foreach (var failure in summary.Checks.Where(c => c.FailsRun))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"FAILED {failure.Check.Id} [{failure.Check.Provenance.ToString().ToLowerInvariant()}]: {FirstLine(failure.Message)}");
        }

        text.Append("Verdict: ").Append(summary.Passed ? "PASS" : "FAIL");
        return text.ToString();
    }

    private static string Cell(string value, int width) => value.PadRight(width);

    private static string FirstLine(string? message) => message?.Split('\n')[0].Trim() ?? "";
}

using CreditGrantConformance.Client;
using CreditGrantConformance.Results;
using CreditGrantConformance.Results.Har;
using CreditGrantConformance.Results.Summary;
using CreditGrantConformance.Results.Text;
using CreditGrantConformance.Suite.Configuration;
using CreditGrantConformance.Suite.Coverage;
using CreditGrantConformance.Suite.Gaps;

namespace CreditGrantConformance.Suite.Results;

/// <summary>
/// Writes every result file of a run (<see cref="ResultFiles"/>) from the one summary, each through the redactor: the
/// summary JSON and text, the Allure results, the HTTP archive of its exchanges (unless recording is off), and on
/// request a known-gap file of the run's failures.
/// </summary>
public static class ResultsWriter
{
    public sealed record Written(string Table, IReadOnlyList<string> Locations);

    public static Written Write(
        RunSummary summary,
        ConformanceSettings settings,
        IReadOnlyList<LoggedExchange> exchanges)
    {
        var directory = settings.ResultsDirectory;
        Directory.CreateDirectory(directory);
        ResultFiles.Clear(directory);
        var redactor = new Redactor([settings.ApiKey]);
        var json = SummaryFile.PathIn(directory);
        var document = SummaryWriter.ToDocument(summary);
        File.WriteAllText(json, redactor.Redact(SummaryFile.Text(document)) + "\n");
        var coverage = CoverageFile.Write(
            directory, HarWriter.Render(ArchiveComment(summary), exchanges), summary.RunId, redactor);
        // The gap file first, so the table (console and text summary alike) says where it went and what it holds.
        var gapsWritten = settings.WriteGapsFile is { } gaps
            ? $"Known-gap file written to {gaps}: {Plural.Of(WriteGaps(gaps, summary, document, redactor), "entry")} "
                + $"(one per failing check); review the reasons, then pass it as {SettingNames.Expectations} "
                + "to gate on regressions only."
            : null;
        var written = string.Join(Environment.NewLine, coverage.Text, gapsWritten).Trim();
        var table = redactor.Redact(SummaryText.Render(summary, written));
        File.WriteAllText(Path.Combine(directory, ResultFiles.TextFileName), table + "\n");
        var allure = Path.Combine(directory, ResultFiles.AllureDirectoryName);
        AllureResults.Write(allure, redactor, summary);
        CoverageFile.AppendToAllure(allure, coverage.Ledger, redactor);
        var locations = new List<string> { $"Summary written to {json}", $"Allure results written to {allure}" };
        locations.AddRange(Archive(directory, summary, settings, exchanges, redactor));
        return new Written(table, locations);
    }

    // From the summary document, as the tool's write-gaps does: a file written now equals one written later.
    private static int WriteGaps(string path, RunSummary summary, SummaryDocument document, Redactor redactor) =>
        GapFileWriter.Write(
            path,
            new GapFileWriter.Origin(summary.RunId, summary.TargetName, summary.FinishedAt),
            GapFileWriter.EntriesOf(document),
            redactor);

    /// <summary>The archive's comment: which run it is.</summary>
    public static string ArchiveComment(RunSummary summary) =>
        $"Every HTTP attempt of conformance run {summary.RunId} against {summary.TargetName} ({summary.Target}), "
        + $"seed {summary.Seed}, profile {summary.Profile}; "
        + $"{HarFields.CheckId} names the check that made it, null for the probe and cleanup.";

    // Without recording there is no archive: the one of an earlier run went with Clear.
    private static IEnumerable<string> Archive(
        string directory,
        RunSummary summary,
        ConformanceSettings settings,
        IReadOnlyList<LoggedExchange> exchanges,
        Redactor redactor)
    {
        if (!settings.Record)
        {
            return [];
        }

        var path = HarWriter.Write(directory, ArchiveComment(summary), exchanges, redactor);
        return [$"HTTP archive of every attempt written to {path}"];
    }
}

using CreditGrantConformance.Client;
using CreditGrantConformance.Suite.Configuration;
using CreditGrantConformance.Suite.Gaps;
using CreditGrantConformance.Suite.Http;
using CreditGrantConformance.Suite.Reports;

namespace CreditGrantConformance.Suite.Results;

/// <summary>
/// Writes every result file of a run from the one summary, each through the redactor: the summary JSON and text, the
/// Allure results, the HTTP archive of its exchanges (unless recording is off), and on request a known-gap file of the
/// run's failures.
/// </summary>
public static class ResultFiles
{
    public sealed record Written(string Table, IReadOnlyList<string> Locations);

    public static Written Write(
        RunSummary summary,
        ConformanceSettings settings,
        IReadOnlyList<LoggedExchange> exchanges)
    {
        var directory = settings.ResultsDirectory;
        Directory.CreateDirectory(directory);
        var redactor = new Redactor([settings.ApiKey]);
        var json = Path.Combine(directory, SummaryWriter.FileName);
        File.WriteAllText(
            json,
            redactor.Redact(SummaryWriter.ToJson(summary).ToJsonString(SummaryWriter.Indented)) + "\n");
        var table = redactor.Redact(SummaryText.Render(summary));
        File.WriteAllText(Path.Combine(directory, "conformance-summary.txt"), table + "\n");
        var allure = Path.Combine(directory, "allure-results");
        if (Directory.Exists(allure))
        {
            Directory.Delete(allure, recursive: true);
        }

        new AllureResultsWriter(allure, redactor).Write(summary);
        var locations = new List<string> { $"Summary written to {json}", $"Allure results written to {allure}" };
        if (settings.WriteGapsFile is { } gaps)
        {
            var count = GapFileWriter.Write(gaps, summary, redactor);
            locations.Add(
                $"Known-gap file of this run's {count} failures written to {gaps}: "
                + $"pass it as {SettingNames.Expectations} to gate on regressions only.");
        }

        locations.AddRange(Archive(directory, summary, settings, exchanges, redactor));
        return new Written(table, locations);
    }

    // A stale archive of an earlier run in the same directory would be compared as this run's: without recording it
    // goes.
    private static IEnumerable<string> Archive(
        string directory,
        RunSummary summary,
        ConformanceSettings settings,
        IReadOnlyList<LoggedExchange> exchanges,
        Redactor redactor)
    {
        if (!settings.Record)
        {
            File.Delete(Path.Combine(directory, HarFields.FileName));
            return [];
        }

        return [$"HTTP archive of every attempt written to {HarWriter.Write(directory, summary, exchanges, redactor)}"];
    }
}

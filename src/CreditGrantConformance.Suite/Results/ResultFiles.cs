using CreditGrantConformance.Client;
using CreditGrantConformance.Suite.Assertions;
using CreditGrantConformance.Suite.Configuration;
using CreditGrantConformance.Suite.Coverage;
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
    public const string TextFileName = "conformance-summary.txt";
    public const string AllureDirectoryName = "allure-results";

    /// <summary>The JUnit XML file the tool's <c>run</c> writes beside the summary.</summary>
    public const string JunitFileName = "conformance-junit.xml";

    /// <summary>
    /// Every file and folder a run writes in its results directory. Each run removes them all before it writes, so
    /// nothing of an earlier run is read as this one's (a self-test holds a full run's directory to this list: a new
    /// output is added here or that test fails).
    /// </summary>
    public static readonly IReadOnlyList<string> Owned =
        [
            SummaryWriter.FileName, TextFileName, HarFields.FileName, AllureDirectoryName, JunitFileName,
            CoverageFile.FileName,
        ];

    /// <summary>
    /// <see cref="Clear"/> where the directory may be unusable: the run then says so itself, when it writes.
    /// </summary>
    public static void TryClear(string directory)
    {
        try
        {
            Clear(directory);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Reported by the writes that follow, which fail the same way.
        }
    }

    public sealed record Written(string Table, IReadOnlyList<string> Locations);

    /// <summary>Removes every output of an earlier run from <paramref name="directory"/>, and nothing else.</summary>
    public static void Clear(string directory)
    {
        foreach (var path in Owned.Select(name => Path.Combine(directory, name)))
        {
            if (Directory.Exists(path))
            {
                Directory.Delete(path, recursive: true);
            }

            File.Delete(path);
        }
    }

    public static Written Write(
        RunSummary summary,
        ConformanceSettings settings,
        IReadOnlyList<LoggedExchange> exchanges)
    {
        var directory = settings.ResultsDirectory;
        Directory.CreateDirectory(directory);
        Clear(directory);
        var redactor = new Redactor([settings.ApiKey]);
        var json = Path.Combine(directory, SummaryWriter.FileName);
        File.WriteAllText(
            json,
            redactor.Redact(SummaryWriter.ToJson(summary).ToJsonString(SummaryWriter.Indented)) + "\n");
        var coverage = CoverageFile.Write(directory, HarWriter.Render(summary, exchanges), summary.RunId, redactor);
        // The gap file first, so the table (console and text summary alike) says where it went and what it holds.
        var gapsWritten = settings.WriteGapsFile is { } gaps
            ? $"Known-gap file written to {gaps}: {Plural.Of(GapFileWriter.Write(gaps, summary, redactor), "entry")} "
                + $"(one per failing check); review the reasons, then pass it as {SettingNames.Expectations} "
                + "to gate on regressions only."
            : null;
        var written = string.Join(Environment.NewLine, coverage.Text, gapsWritten).Trim();
        var table = redactor.Redact(SummaryText.Render(summary, written));
        File.WriteAllText(Path.Combine(directory, TextFileName), table + "\n");
        var allure = Path.Combine(directory, AllureDirectoryName);
        new AllureResultsWriter(allure, redactor).Write(summary);
        CoverageFile.AppendToAllure(allure, coverage.Ledger, redactor);
        var locations = new List<string> { $"Summary written to {json}", $"Allure results written to {allure}" };
        locations.AddRange(Archive(directory, summary, settings, exchanges, redactor));
        return new Written(table, locations);
    }

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

        return [$"HTTP archive of every attempt written to {HarWriter.Write(directory, summary, exchanges, redactor)}"];
    }
}

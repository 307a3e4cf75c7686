using CreditGrantConformance.Client;
using CreditGrantConformance.Results;
using CreditGrantConformance.Results.Allure;
using CreditGrantConformance.Results.Summary;
using CreditGrantConformance.Suite.Configuration;
using CreditGrantConformance.Suite.Coverage;

namespace CreditGrantConformance.Suite.Results;

/// <summary>
/// The results of a run that could not start: verdict <c>not_started</c> and the problems to fix, so a CI job reading
/// the summary sees why nothing was judged. Every output of an earlier run goes first, and the text summary and the
/// Allure results say NOT STARTED too, so no earlier verdict is read as this run's.
/// </summary>
public static class NotStartedSummary
{
    public static string? Write(string directory, SettingsException problem, DateTimeOffset at)
    {
        try
        {
            Directory.CreateDirectory(directory);
            ResultFiles.Clear(directory);
            var summary = new SummaryDocument
            {
                Verdict = SummaryDocument.NotStarted,
                Headline = problem.Headline,
                FinishedAt = at,
                Problems = problem.Problems,
            };
            // The problems quote settings, never a whole key (the loader shows its first characters at most); redact
            // anyway.
            var redactor = new Redactor([]);
            var path = SummaryFile.PathIn(directory);
            File.WriteAllText(path, redactor.Redact(SummaryFile.Text(summary)) + "\n");
            File.WriteAllText(Path.Combine(directory, ResultFiles.TextFileName), redactor.Redact(Text(problem)) + "\n");
            new AllureResultsWriter(Path.Combine(directory, ResultFiles.AllureDirectoryName), redactor)
                .WriteNotStarted(problem.Headline);
            CoverageFile.WriteNotStarted(directory, redactor);
            CoverageFile.AppendToAllure(
                Path.Combine(directory, ResultFiles.AllureDirectoryName), CoverageLedger.NotStarted, redactor);
            return path;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The results directory itself may be what is wrong; the console still says everything.
            return null;
        }
    }

    /// <summary>What the console prints and the text summary keeps: a line per problem, then the verdict.</summary>
    public static string Text(SettingsException problem) =>
        string.Concat(problem.Problems.Select(p => p + Environment.NewLine)) + "Verdict: " + problem.Headline;
}

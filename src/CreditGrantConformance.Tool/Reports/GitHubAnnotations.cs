using CreditGrantConformance.Results.Summary;

namespace CreditGrantConformance.Tool.Reports;

/// <summary>
/// Under GitHub Actions (<c>GITHUB_ACTIONS=true</c>), one <c>::error</c> workflow command per check that fails the run,
/// titled by its id, with its reason and rerun line, so each failure shows on the run's summary page.
/// </summary>
public static class GitHubAnnotations
{
    public static bool Enabled(Func<string, string?> environment) => environment("GITHUB_ACTIONS") == "true";

    public static IEnumerable<string> Lines(SummaryDocument summary, Func<string, string> rerun) =>
        SummaryCheck.Of(summary)
            .Where(c => c.FailsRun)
            .Select(c => c.Id == SummaryCheck.NotStartedId
                ? $"::error title={Property(c.Id)}::{Data(c.Reason)}"
                : $"::error title={Property(c.Id)}::{Data(c.FirstLine)} (rerun: {Data(rerun(c.Id))})");

    // GitHub's escaping of workflow commands: data escapes %, CR and LF; property values also : and ,.
    private static string Data(string text) => text
        .Replace("%", "%25", StringComparison.Ordinal)
        .Replace("\r", "%0D", StringComparison.Ordinal)
        .Replace("\n", "%0A", StringComparison.Ordinal);

    private static string Property(string text) => Data(text)
        .Replace(":", "%3A", StringComparison.Ordinal)
        .Replace(",", "%2C", StringComparison.Ordinal);
}

using System.Text.Json.Nodes;
using CreditGrantConformance.Client;
using CreditGrantConformance.Suite.Configuration;

namespace CreditGrantConformance.Suite.Results;

/// <summary>
/// The results of a run that could not start: verdict <c>not_started</c> and the problems to fix, so a CI job reading
/// the summary sees why nothing was judged. No request was sent, so there is nothing else to report.
/// </summary>
public static class NotStartedSummary
{
    public static string? Write(string directory, SettingsException problem, DateTimeOffset at)
    {
        try
        {
            Directory.CreateDirectory(directory);
            var summary = new JsonObject
            {
                ["verdict"] = "not_started",
                ["headline"] = "NOT STARTED: the settings are invalid, no request was sent",
                ["finished_at"] = at.ToString("O"),
                ["problems"] = new JsonArray(problem.Problems.Select(p => (JsonNode?)p).ToArray()),
                ["checks"] = new JsonArray(),
            };
            var path = Path.Combine(directory, SummaryWriter.FileName);
            // The problems quote settings, never a whole key (the loader shows its first characters at most); redact
            // anyway.
            File.WriteAllText(path, new Redactor([]).Redact(summary.ToJsonString(SummaryWriter.Indented)) + "\n");
            return path;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The results directory itself may be what is wrong; the failure of the first check still says everything.
            return null;
        }
    }
}

using System.Text.Json.Nodes;

namespace CreditGrantConformance.Tool.Reports;

/// <summary>
/// One check of a finished run's <c>conformance-summary.json</c>, as the CI outputs need it; a run that did not start
/// is one check of its own, <c>run.not_started</c>, whose reason is the problems to fix.
/// </summary>
public sealed record SummaryCheck(string Id, string Operation, string Outcome, string Reason, double Seconds)
{
    public const string NotStartedId = "run.not_started";

    public string FirstLine => Reason.Split('\n', 2)[0].Trim();

    /// <summary>Failed, error or unexpected pass: the outcomes that fail the run.</summary>
    public bool FailsRun => Outcome is "failed" or "error" or "unexpected_pass";

    public static IReadOnlyList<SummaryCheck> Of(JsonObject summary)
    {
        if (summary["verdict"]?.ToString() == "not_started")
        {
            var problems = (summary["problems"] as JsonArray ?? []).Select(p => p?.ToString()).OfType<string>();
            return [new(NotStartedId, "run", "error", string.Join("\n", problems), 0)];
        }

        return (summary["checks"] as JsonArray ?? [])
            .OfType<JsonObject>()
            .Select(c => new SummaryCheck(
                c["id"]!.ToString(),
                c["operation"]?.ToString() ?? "",
                c["outcome"]?.ToString() ?? "",
                c["reason"]?.ToString() ?? "",
                (c["duration_ms"]?.GetValue<double>() ?? 0) / 1000))
            .ToList();
    }
}

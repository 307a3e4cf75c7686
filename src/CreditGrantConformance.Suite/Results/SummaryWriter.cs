using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using CreditGrantConformance.Suite.Checks;

namespace CreditGrantConformance.Suite.Results;

/// <summary><c>conformance-summary.json</c>: the run in the one vocabulary of outcomes (README, "Results").</summary>
public static class SummaryWriter
{
    public const string FileName = "conformance-summary.json";

    public static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static JsonObject ToJson(RunSummary s) => new()
    {
        ["run_id"] = s.RunId,
        ["started_at"] = s.StartedAt.ToString("O"),
        ["finished_at"] = s.FinishedAt.ToString("O"),
        ["duration_seconds"] = Math.Round((s.FinishedAt - s.StartedAt).TotalSeconds, 3),
        ["verdict"] = s.Verdict,
        ["headline"] = s.Headline,
        ["target"] = new JsonObject { ["name"] = s.TargetName, ["url"] = s.Target },
        ["driver"] = s.Driver?.ToJson(),
        ["profile"] = s.Profile,
        ["api_version"] = s.ApiVersion,
        ["strictness"] = s.Strictness,
        ["seed"] = s.Seed,
        ["property_cases"] = s.PropertyCases,
        ["known_gap_file"] = s.KnownGapFile,
        ["unused_known_gaps"] = Array(s.UnusedKnownGaps),
        ["totals"] = Totals(s),
        ["runner_totals"] = RunnerTotals(s),
        ["checks"] = new JsonArray(s.Checks.Select(c => (JsonNode?)Check(c, s)).ToArray()),
        ["requests"] = new JsonObject
        {
            ["total"] = s.Requests.Total,
            ["per_operation"] = new JsonObject(
                s.Requests.PerOperation.Select(p => KeyValuePair.Create(p.Key, (JsonNode?)p.Value))),
            ["retries"] = s.Requests.Retries,
            ["peak_per_second"] = s.Requests.PeakPerSecond,
            ["max_per_second"] = s.Requests.MaxPerSecond,
        },
        ["live_budget"] = new JsonObject
        {
            ["requests"] = s.LiveBudget.Requests,
            ["cleanup_requests"] = s.LiveBudget.CleanupRequests,
            ["total"] = s.LiveBudget.Total,
            ["per_second"] = s.LiveBudget.PerSecond,
            ["seconds"] = s.LiveBudget.Seconds,
        },
        ["cleanup"] = new JsonObject
        {
            ["skipped"] = s.Cleanup.Skipped,
            ["grants_voided"] = s.Cleanup.GrantsVoided,
            ["grants_already_inactive"] = s.Cleanup.GrantsAlreadyInactive,
            ["customers_deleted"] = s.Cleanup.CustomersDeleted,
            ["test_clocks_deleted"] = s.Cleanup.TestClocksDeleted,
            ["not_cleaned"] = new JsonArray(s.Cleanup.NotCleaned
                .Select(n => (JsonNode?)new JsonObject { ["id"] = n.Id, ["reason"] = n.Reason })
                .ToArray()),
        },
    };

    // Every outcome of the vocabulary, zero or not, so a reader never has to guess whether a key is missing or zero.
    private static JsonObject Totals(RunSummary s)
    {
        var totals = new JsonObject();
        foreach (var outcome in Enum.GetValues<Outcome>())
        {
            totals[outcome.Name()] = s.Count(outcome);
        }

        totals["total"] = s.Checks.Count;
        return totals;
    }

    // What NUnit, TRX and Allure count: the same checks in the three buckets they know.
    private static JsonObject RunnerTotals(RunSummary s) => new()
    {
        ["passed"] = s.Count(RunnerStatus.Passed),
        ["failed"] = s.Count(RunnerStatus.Failed),
        ["skipped"] = s.Count(RunnerStatus.Skipped),
    };

    private static JsonObject Check(CheckResult c, RunSummary s) => new()
    {
        ["id"] = c.Check.Id,
        ["title"] = c.Check.Title,
        ["operation"] = c.Check.Operation,
        ["category"] = c.Check.Category,
        ["provenance"] = c.Check.Provenance.Name(),
        ["rule"] = c.Check.Rule,
        ["source"] = c.Check.Source,
        ["outcome"] = c.Outcome.Name(),
        ["target_result"] = c.TargetResult.Name(),
        ["evidence"] = c.Evidence?.Name(),
        ["reason"] = c.Reason,
        ["known_gap"] = c.KnownGap,
        ["observations"] = Array(c.Observations),
        ["request_ids"] = Array(c.RequestIds),
        ["duration_ms"] = Math.Round(c.Duration.TotalMilliseconds, 1),
        ["rerun"] = s.RerunCommand(c.Check.Id),
    };

    private static JsonArray Array(IEnumerable<string> items) => new(items.Select(i => (JsonNode?)i).ToArray());
}

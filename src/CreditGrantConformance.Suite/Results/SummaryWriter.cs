using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using CreditGrantConformance.Client;
using CreditGrantConformance.Suite.Checks;

namespace CreditGrantConformance.Suite.Results;

/// <summary>Writes <c>conformance-summary.json</c>, redacted as a whole so that no message can leak a key.</summary>
public static class SummaryWriter
{
    public const string FileName = "conformance-summary.json";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(RunSummary summary, string directory, Redactor redactor)
    {
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, FileName);
        File.WriteAllText(path, redactor.Redact(ToJson(summary).ToJsonString(Indented)) + "\n");
        return path;
    }

    public static JsonObject ToJson(RunSummary s) => new()
    {
        ["run_id"] = s.RunId,
        ["started_at"] = s.StartedAt.ToString("O"),
        ["finished_at"] = s.FinishedAt.ToString("O"),
        ["duration_seconds"] = Math.Round((s.FinishedAt - s.StartedAt).TotalSeconds, 3),
        ["verdict"] = s.Passed ? "pass" : "fail",
        ["target"] = new JsonObject { ["name"] = s.TargetName, ["url"] = s.Target },
        ["driver"] = s.Driver?.ToJson(),
        ["profile"] = s.Profile,
        ["api_version"] = s.ApiVersion,
        ["strictness"] = s.Strictness,
        ["seed"] = s.Seed,
        ["known_gap_file"] = s.KnownGapFile,
        ["unused_known_gaps"] = new JsonArray(s.UnusedKnownGaps.Select(g => (JsonNode?)g).ToArray()),
        ["totals"] = Totals(s.Checks),
        ["checks"] = new JsonArray(s.Checks.Select(c => (JsonNode?)Check(c)).ToArray()),
        ["requests"] = new JsonObject
        {
            ["total"] = s.Requests.Total,
            ["per_operation"] = new JsonObject(s.Requests.PerOperation.Select(p => KeyValuePair.Create(p.Key, (JsonNode?)p.Value))),
            ["retries"] = s.Requests.Retries,
            ["peak_per_second"] = s.Requests.PeakPerSecond,
            ["max_per_second"] = s.Requests.MaxPerSecond,
        },
        ["cleanup"] = new JsonObject
        {
            ["grants_voided"] = s.Cleanup.GrantsVoided,
            ["grants_already_inactive"] = s.Cleanup.GrantsAlreadyInactive,
            ["customers_deleted"] = s.Cleanup.CustomersDeleted,
            ["not_cleaned"] = new JsonArray(s.Cleanup.NotCleaned.Select(n => (JsonNode?)new JsonObject { ["id"] = n.Id, ["reason"] = n.Reason }).ToArray()),
        },
    };

    public static string Name(Outcome outcome) => outcome switch
    {
        Outcome.NotApplicable => "not_applicable",
        _ => outcome.ToString().ToLowerInvariant(),
    };

    public static string Name(Disposition disposition) => disposition switch
    {
        Disposition.ExpectedFailure => "expected_failure",
        Disposition.UnexpectedPass => "unexpected_pass",
        Disposition.ExpiredGap => "expired_gap",
        _ => disposition.ToString().ToLowerInvariant(),
    };

    private static JsonObject Totals(IReadOnlyList<CheckResult> checks)
    {
        var totals = new JsonObject();
        foreach (var outcome in Enum.GetValues<Outcome>())
        {
            totals[Name(outcome)] = checks.Count(c => c.Outcome == outcome);
        }

        foreach (var disposition in Enum.GetValues<Disposition>().Where(d => d != Disposition.Counted))
        {
            totals[Name(disposition)] = checks.Count(c => c.Disposition == disposition);
        }

        return totals;
    }

    private static JsonObject Check(CheckResult c) => new()
    {
        ["id"] = c.Check.Id,
        ["operation"] = c.Check.Operation,
        ["category"] = c.Check.Category,
        ["provenance"] = c.Check.Provenance.ToString().ToLowerInvariant(),
        ["rule"] = c.Check.Rule,
        ["outcome"] = Name(c.Outcome),
        ["disposition"] = Name(c.Disposition),
        ["message"] = c.Message,
        ["observations"] = new JsonArray(c.Observations.Select(o => (JsonNode?)o).ToArray()),
        ["request_ids"] = new JsonArray(c.RequestIds.Select(r => (JsonNode?)r).ToArray()),
        ["duration_ms"] = Math.Round(c.Duration.TotalMilliseconds, 1),
    };
}

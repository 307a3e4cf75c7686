using System.Text.Json.Nodes;
using CreditGrantConformance.Compare.Diff;
using CreditGrantConformance.Compare.Judging;
using CreditGrantConformance.Compare.Runs;
using CreditGrantConformance.Results.Json;

namespace CreditGrantConformance.Compare.Output;

/// <summary>
/// The comparison as JSON (<c>--json path</c>): every divergence, known divergence and noise, per check.
/// </summary>
public static class JsonReport
{
    public static string Render(Comparison c) => new JsonObject
    {
        ["verdict"] = c.Diverges ? "diverges" : "same",
        ["headline"] = c.Headline,
        ["a"] = Run(c.A),
        ["b"] = Run(c.B),
        ["noise_run"] = c.NoiseRun is { } noise ? Run(noise) : null,
        ["warnings"] = new JsonArray(c.Warnings.Select(w => (JsonNode?)w).ToArray()),
        ["totals"] = new JsonObject
        {
            ["checks_compared"] = c.Checks.Count(x => x.Check.OnlyIn is null),
            ["checks_diverging"] = c.ChecksDiverging,
            ["fields_diverging"] = c.FieldsDiverging,
            ["divergences"] = c.Checks.Sum(x => x.Divergent.Count),
            ["known"] = c.Checks.Sum(x => x.Known.Count),
            ["noise"] = c.Checks.Sum(x => x.Noise.Count),
            ["not_paired"] = c.NotPaired.Count,
        },
        ["by_operation"] = new JsonArray(c.ByOperation.Select(v => (JsonNode?)new JsonObject
        {
            ["operation"] = v.Operation,
            ["checks_compared"] = v.Checks,
            ["checks_diverging"] = v.ChecksDiverging,
            ["fields_diverging"] = v.FieldsDiverging,
            ["known"] = v.Known,
            ["noise"] = v.Noise,
        }).ToArray()),
        ["checks"] = new JsonArray(c.Checks.Where(x => x.HasNews).Select(x => (JsonNode?)Check(x)).ToArray()),
    }.ToJsonString(ReadableJson.Indented) + "\n";

    private static JsonObject Run(RunHeader run) => new()
    {
        ["directory"] = run.Directory,
        ["run_id"] = run.RunId,
        ["target"] = run.Target,
        ["profile"] = run.Profile,
        ["seed"] = run.Seed,
        ["property_cases"] = run.PropertyCases,
        ["api_version"] = run.ApiVersion,
    };

    private static JsonObject Check(JudgedCheck judged) => new()
    {
        ["id"] = judged.Check.Id,
        ["operation"] = judged.Check.Operation,
        ["outcome_a"] = judged.Check.OutcomeA,
        ["outcome_b"] = judged.Check.OutcomeB,
        ["requests_a"] = judged.Check.CountA,
        ["requests_b"] = judged.Check.CountB,
        ["paired"] = judged.Check.Paired,
        ["only_in"] = judged.Check.OnlyIn,
        ["divergences"] = new JsonArray(judged.Divergent.Select(d => (JsonNode?)Item(d)).ToArray()),
        ["known"] = new JsonArray(judged.Known.Select(k => (JsonNode?)Item(k.Divergence, k.Entry.Reason)).ToArray()),
        ["noise"] = new JsonArray(judged.Noise.Select(d => (JsonNode?)Item(d)).ToArray()),
    };

    private static JsonObject Item(Divergence d, string? reason = null)
    {
        var item = new JsonObject
        {
            ["exchange"] = d.Exchange,
            ["request"] = d.Request,
            ["path"] = d.Path,
            ["field"] = d.Field,
            ["kind"] = d.Kind.Name(),
            ["a"] = d.A,
            ["b"] = d.B,
        };
        if (reason is not null)
        {
            item["reason"] = reason;
        }

        return item;
    }
}

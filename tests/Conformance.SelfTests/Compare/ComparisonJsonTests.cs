using System.Text.Json.Nodes;

namespace CreditGrantConformance.SelfTests.Compare;

/// <summary>
/// The comparison's JSON report as written: the field names a user's CI reads. Every other test reads it typed
/// (<see cref="ComparisonResult.Report"/>), so a renamed property would pass them and break their scripts.
/// </summary>
public sealed class ComparisonJsonTests
{
    private static readonly string[] Top =
        ["verdict", "headline", "a", "b", "noise_run", "warnings", "totals", "by_operation", "checks"];

    private static readonly string[] Run =
        ["directory", "run_id", "target", "profile", "seed", "property_cases", "api_version"];

    private static readonly string[] Totals =
    [
        "checks_compared", "checks_diverging", "fields_diverging", "divergences", "known", "noise", "not_paired",
    ];

    private static readonly string[] Operation =
        ["operation", "checks_compared", "checks_diverging", "fields_diverging", "known", "noise"];

    private static readonly string[] Check =
    [
        "id", "operation", "outcome_a", "outcome_b", "requests_a", "requests_b", "paired", "only_in", "divergences",
        "known", "noise",
    ];

    private static readonly string[] Item = ["exchange", "request", "path", "field", "kind", "a", "b"];

    private static readonly string[] KnownItem = [.. Item, "reason"];

    [Test]
    public void The_comparison_json_carries_the_field_names_a_users_ci_reads()
    {
        var a = ComparisonRulesTests.CreateAndRetrieve("Promo").Write();
        var b = ComparisonRulesTests.CreateAndRetrieve("Promo", answered: "Other").Write();
        var noise = ComparisonRulesTests.CreateAndRetrieve("Promo").Write();
        var diverging = Json(ComparisonResult.Run(a, b, "--noise", noise));
        var known = Json(ComparisonResult.Run(
            a, b, "--known", ComparisonRulesTests.KnownFile(("create.*", "/name", "2027-06-30"))));

        Assert.Multiple(() =>
        {
            Assert.That(diverging["verdict"]?.GetValue<string>(), Is.EqualTo("diverges"));
            Assert.That(known["verdict"]?.GetValue<string>(), Is.EqualTo("same"));
            Assert.That(Keys(diverging), Is.EqualTo(Top));
            Assert.That(Keys(known), Is.EqualTo(Top), "noise_run written as null without a noise run");
            Assert.That(Keys(diverging["a"]), Is.EqualTo(Run));
            Assert.That(Keys(diverging["noise_run"]), Is.EqualTo(Run));
            Assert.That(Keys(diverging["totals"]), Is.EqualTo(Totals));
            Assert.That(Keys(First(diverging, "by_operation")), Is.EqualTo(Operation));
            Assert.That(Keys(First(diverging, "checks")), Is.EqualTo(Check));
            Assert.That(Keys(First(First(diverging, "checks"), "divergences")), Is.EqualTo(Item));
            Assert.That(Keys(First(First(known, "checks"), "known")), Is.EqualTo(KnownItem));
        });
    }

    private static JsonObject Json(ComparisonResult result) =>
        JsonNode.Parse(result.JsonText ?? throw new AssertionException(result.Describe()))!.AsObject();

    private static JsonNode? First(JsonNode? node, string list) => (node?[list] as JsonArray)?.FirstOrDefault();

    private static List<string> Keys(JsonNode? node) =>
        node is JsonObject json ? json.Select(p => p.Key).ToList() : [];
}

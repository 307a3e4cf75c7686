using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CreditGrantConformance.Suite.Configuration;

namespace CreditGrantConformance.SelfTests.Faults;

/// <summary>
/// What the property checks add: faults that only generated inputs and call sequences reach, and runs that the seed
/// replays exactly.
/// </summary>
public sealed partial class PropertyTests
{
    private static readonly string Root = Path.Combine(FaultRuns.ResultsRoot, "properties");

    [Category("mutation")]
    [TestCase("update.expiry_lost_with_metadata")]
    [TestCase("void.after_update_rejected")]
    public async Task Only_the_property_checks_catch_faults_that_hand_written_cases_never_reach(string fault)
    {
        var run = (await FaultRuns.GetAsync()).Faulted[fault];

        Assert.Multiple(() =>
        {
            Assert.That(run.FailedChecks, Is.Not.Empty, run.Describe());
            Assert.That(
                run.FailedChecks,
                Is.All.StartsWith("property."),
                "a hand-written check caught it too, so it does not show what properties add");
        });
    }

    [Test]
    public async Task Two_runs_with_the_same_seed_send_the_same_requests()
    {
        var settings = new Dictionary<string, string>
        {
            [SettingNames.Seed] = "4242",
            [SettingNames.PropertyCases] = "10",
        };

        var first = await FaultRuns.RunAsync(
            null, Path.Combine(Root, "seed-1"), settings, "FullyQualifiedName~Properties");
        var second = await FaultRuns.RunAsync(
            null, Path.Combine(Root, "seed-2"), settings, "FullyQualifiedName~Properties");

        var requests = Requests(Path.Combine(Root, "seed-1"));
        Assert.Multiple(() =>
        {
            Assert.That(first.FailedChecks, Is.Empty, first.Describe());
            Assert.That(requests.Values.Sum(r => r.Count), Is.GreaterThan(40));
            Assert.That(Requests(Path.Combine(Root, "seed-2")), Is.EqualTo(requests), second.Describe());
        });
    }

    // The requests of each check from its Allure steps (folded groups included), with what differs between runs by
    // design masked: object ids, the run id and generated idempotency keys.
    private static Dictionary<string, List<string>> Requests(string results) => Directory
        .GetFiles(Path.Combine(results, "allure-results"), "*-result.json")
        .Select(f => JsonNode.Parse(File.ReadAllText(f))!)
        .ToDictionary(
            r => r["fullName"]!.ToString(),
            r => Steps(r["steps"]!.AsArray())
                .Select(s => s["attachments"]!.AsArray()
                    .First(a => a!["name"]!.ToString() is "request" or "exchange")!["source"]!.ToString())
                .Select(source => Volatile().Replace(
                    RequestPart(File.ReadAllText(Path.Combine(results, "allure-results", source))),
                    "<varies>"))
                .ToList());

    private static IEnumerable<JsonNode> Steps(JsonArray steps) =>
        steps.OfType<JsonNode>().SelectMany(s => s["steps"] is JsonArray inner ? Steps(inner) : [s]);

    // A folded step's one attachment holds the request, a blank line, then the response.
    private static string RequestPart(string text) => text.Split("\n\nHTTP ", 2)[0];

    [GeneratedRegex(@"(cus|credgr_test|run|cgc|req)_[A-Za-z0-9_]+|127\.0\.0\.1:\d+|Request-Id[^\n]*")]
    private static partial Regex Volatile();
}

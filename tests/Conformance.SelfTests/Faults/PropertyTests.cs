using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CreditGrantConformance.Operations;
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
    public async Task Only_checks_across_the_parameter_space_catch_faults_that_one_rule_cases_never_reach(string fault)
    {
        var run = (await FaultRuns.GetAsync()).Faulted[fault];

        // The checks that send every parameter at once meet such a fault too (FaultMatrix.MeetsEveryFault); a check
        // of one rule never does.
        Assert.Multiple(() =>
        {
            Assert.That(run.FailedChecks, Has.Some.StartsWith("property."), run.Describe());
            Assert.That(
                run.FailedChecks.Where(c => !FaultMatrix.MeetsEveryFault(c)),
                Is.Empty,
                "a hand-written check of one rule caught it too, so it does not show what properties add");
        });
    }

    [Category("mutation")]
    [Test]
    public async Task A_lifecycle_counterexample_is_shrunk_to_the_calls_and_the_metadata_that_show_the_fault()
    {
        var run = (await FaultRuns.GetAsync()).Faulted["update.metadata_replaces"];
        var reason = run.Check("property.lifecycle_matches_the_model").Reason!;

        var shrunk = reason.Split("Shrunk:\n", 2)[^1].Split("\nWhat failed", 2)[0].Split('\n');
        var update = shrunk.Single(
            l => l.StartsWith(ApiOperation.Update.Describe("{grant 0}") + " ", StringComparison.Ordinal));
        Assert.Multiple(() =>
        {
            // The setup, one create and the update that replaced the metadata instead of merging it.
            Assert.That(shrunk, Has.Length.EqualTo(3), reason);
            Assert.That(Regex.Count(update, @"metadata\["), Is.EqualTo(1), "one metadata key left: " + update);
            Assert.That(
                update,
                Does.Match(@"metadata\[[^\]]{1,2}\]=\S{1,2}(?: ->|$)"),
                "its key and value cut to one character (an emoji is two UTF-16 units): " + update);
        });
    }

    [Category("mutation")]
    [Test]
    public async Task A_ledger_counterexample_is_shrunk_to_the_one_create_that_shows_the_fault()
    {
        var run = (await FaultRuns.GetAsync()).Faulted["ledger.future_grant_counted_early"];
        var reason = run.Check("property.ledger_matches_the_model").Reason!;

        var shrunk = reason.Split("Shrunk:\n", 2)[^1].Split("\nWhat failed", 2)[0].Split('\n');
        Assert.Multiple(() =>
        {
            // The setup (a new clock and its customer, two lines) and one plain create effective an hour on.
            Assert.That(shrunk, Has.Length.EqualTo(3), reason);
            Assert.That(
                shrunk[^1],
                Does.StartWith(ApiOperation.Create.Describe() + " amount[monetary][currency]=usd & "
                    + "amount[monetary][value]=1000 & effective_at={clock}+1h ->"),
                reason);
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
    // design masked: object ids, the run id, generated idempotency keys, and the times a test clock starts from (now,
    // whole seconds of this era; generated times lie far beyond, and amounts have at most eight digits).
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

    [GeneratedRegex(@"(cus|credgr_test|run|cgc|req|clock)_[A-Za-z0-9_]+|\b1[7-9]\d{8}\b|127\.0\.0\.1:\d+|Request-Id.*")]
    private static partial Regex Volatile();
}

using System.Text.Json.Nodes;
using CreditGrantConformance.Suite.Configuration;

namespace CreditGrantConformance.SelfTests.Faults;

/// <summary>
/// How a run is judged, proven end to end: a known gap that fails is an expected failure, a known gap that passes or
/// has expired fails the run, and an assumed check that fails is only an observation unless strictness says otherwise.
/// </summary>
public sealed class GatingTests
{
    private static readonly string Root = Path.Combine(FaultRuns.ResultsRoot, "gating");

    [Test]
    public async Task Known_gaps_that_fail_are_expected_failures_and_the_run_passes()
    {
        // The two paging checks oldest-first breaks, one by a wildcard: list.pages_* would also match one that passes
        // against it.
        var gaps = GapFile(
            "honoured",
            ("list.newest_first", null),
            ("list.pages_backward_*", null),
            ("list.pages_forward_visit_every_grant_once", null),
            ("list.same_second_newest_created_first", null));

        // Property checks are left out: whether a generated sequence meets grants of two seconds is up to the clock.
        var run = await FaultRuns.RunAsync(
            "list.oldest_first",
            Path.Combine(Root, "honoured"),
            new Dictionary<string, string> { [SettingNames.Expectations] = gaps },
            "FullyQualifiedName!~Properties");

        Assert.Multiple(() =>
        {
            Assert.That(run.Verdict, Is.EqualTo("pass"), run.Describe());
            Assert.That(run.Total("expected_failure"), Is.EqualTo(4), run.Describe());
            Assert.That(run.ExitCode, Is.Zero, run.Describe());
        });
    }

    [Test]
    public async Task A_known_gap_that_passes_or_has_expired_fails_the_run()
    {
        var gaps = GapFile("stale", ("auth.basic_auth_is_accepted", null), ("routes.*", "2020-01-31"));

        var run = await FaultRuns.RunAsync(
            null,
            Path.Combine(Root, "stale"),
            new Dictionary<string, string> { [SettingNames.Expectations] = gaps });

        Assert.Multiple(() =>
        {
            Assert.That(run.Verdict, Is.EqualTo("fail"), run.Describe());
            Assert.That(run.Total("unexpected_pass"), Is.EqualTo(1), run.Describe());
            Assert.That(
                run.ChecksWith("failed")
                    .Count(c => c.Reason!.Contains("expired on 2020-01-31", StringComparison.Ordinal)),
                Is.EqualTo(2),
                run.Describe());
            Assert.That(run.ExitCode, Is.Not.Zero);
        });
    }

    [TestCase("documented", "observation", "pass")]
    [TestCase("assumed", "failed", "fail")]
    public async Task A_failing_assumed_check_counts_only_under_assumed_strictness(
        string strictness,
        string outcome,
        string verdict)
    {
        var run = await FaultRuns.RunAsync(
            "void.twice_allowed",
            Path.Combine(Root, "strictness-" + strictness),
            new Dictionary<string, string> { [SettingNames.Strictness] = strictness });
        var check = run.Check("void.twice_is_rejected");

        Assert.Multiple(() =>
        {
            Assert.That(check.TargetResult, Is.EqualTo("failed"));
            Assert.That(check.Outcome, Is.EqualTo(outcome));
            Assert.That(run.Verdict, Is.EqualTo(verdict), run.Describe());
        });
    }

    private static string GapFile(string name, params (string Check, string? Expires)[] entries)
    {
        Directory.CreateDirectory(Root);
        var path = Path.Combine(Root, name + ".json");
        var gaps = new JsonArray(entries
            .Select(e => (JsonNode?)new JsonObject
            {
                ["check"] = e.Check,
                ["reason"] = "self-test",
                ["expires"] = e.Expires,
            })
            .ToArray());
        File.WriteAllText(path, new JsonObject { ["gaps"] = gaps }.ToJsonString());
        return path;
    }
}

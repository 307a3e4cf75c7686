using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CreditGrantConformance.ReferenceServer;
using CreditGrantConformance.Results.Summary;
using CreditGrantConformance.SelfTests.Faults;
using CreditGrantConformance.Suite.Configuration;

namespace CreditGrantConformance.SelfTests.Outputs;

/// <summary>
/// One story in every output: against a faulted target with a known-gap file, the runner (TRX), the summary JSON, the
/// console table and the Allure results count the same checks the same way, and each check reads the same everywhere.
/// </summary>
public sealed partial class OutputsAgreeTests
{
    private static readonly string Root = Path.Combine(FaultRuns.ResultsRoot, "outputs");
    private static readonly Lazy<Task<SuiteRun>> Run = new(RunAsync);
    private static readonly string[] Findings =
        ["passed", "failed", "expected_failure", "unexpected_pass", "observation"];

    [Test]
    public async Task The_run_has_every_kind_of_finding()
    {
        var run = await Run.Value;

        Assert.That(Findings.Where(o => run.Total(o) == 0), Is.Empty, run.Describe());
    }

    [Test]
    public async Task The_runner_counts_agree_with_the_summary()
    {
        var run = await Run.Value;
        var trx = Trx.Read(Path.Combine(Root, "run"));

        Assert.Multiple(() =>
        {
            Assert.That(
                trx.Passed,
                Is.EqualTo(run.Total("passed") + run.Total("observation") + run.Total("expected_failure")),
                run.Describe());
            Assert.That(
                trx.Failed,
                Is.EqualTo(run.Total("failed") + run.Total("error") + run.Total("unexpected_pass")));
            Assert.That(trx.NotExecuted, Is.EqualTo(run.Total("not_applicable") + run.Total("skipped")));
            Assert.That(run.Summary!.RunnerTotals!.Passed, Is.EqualTo(trx.Passed));
            Assert.That(run.Summary!.RunnerTotals!.Failed, Is.EqualTo(trx.Failed));
        });
    }

    [Test]
    public async Task Each_check_reads_the_same_in_the_runner_and_the_summary()
    {
        var run = await Run.Value;
        var trx = Trx.Read(Path.Combine(Root, "run"));
        var mismatched = run.Checks
            .Where(c => !trx.Outcomes.TryGetValue($"{c.Id} — {c.Title}", out var outcome)
                || outcome != Runner(c.Outcome))
            .Select(c => $"{c.Id}: {c.Outcome} in the summary");

        Assert.That(mismatched, Is.Empty);
    }

    [Test]
    public async Task The_console_table_totals_are_the_summary_totals()
    {
        var run = await Run.Value;
        var text = await File.ReadAllTextAsync(Path.Combine(Root, "run", "conformance-summary.txt"));
        var header = text.Split('\n')
            .First(l => l.StartsWith("operation", StringComparison.Ordinal))
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)[1..];
        var total = text.Split('\n')
            .First(l => l.StartsWith("total", StringComparison.Ordinal))
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)[1..];

        Assert.Multiple(() =>
        {
            Assert.That(
                header.Zip(total).ToDictionary(
                    p => p.First,
                    p => int.Parse(p.Second, System.Globalization.CultureInfo.InvariantCulture)),
                Is.EquivalentTo(header.ToDictionary(h => h, run.Total)));
            Assert.That(text, Does.Contain("Verdict: " + run.Summary!.Headline));
        });
    }

    [Test]
    public async Task Allure_counts_agree_and_every_failing_outcome_carries_its_reason()
    {
        var run = await Run.Value;
        var results = Directory.GetFiles(Path.Combine(Root, "run", "allure-results"), "*-result.json")
            .Select(f => JsonNode.Parse(File.ReadAllText(f))!)
            .ToList();
        int Count(params string[] statuses) => results.Count(r => statuses.Contains(r["status"]!.ToString()));
        var unexplained = results
            .Where(r => r["labels"]!.AsArray()
                    .Any(l => l!["name"]!.ToString() == "outcome" && l["value"]!.ToString() != "passed")
                && string.IsNullOrWhiteSpace(r["statusDetails"]?["message"]?.ToString()))
            .Select(r => r["name"]!.ToString());

        Assert.Multiple(() =>
        {
            Assert.That(
                Count("passed"),
                Is.EqualTo(run.Total("passed") + run.Total("observation") + run.Total("expected_failure")));
            Assert.That(
                Count("failed", "broken"),
                Is.EqualTo(run.Total("failed") + run.Total("error") + run.Total("unexpected_pass")));
            Assert.That(Count("skipped"), Is.EqualTo(run.Total("not_applicable") + run.Total("skipped")));
            Assert.That(unexplained, Is.Empty, "results whose outcome is not a plain pass but carry no reason");
            Assert.That(
                run.Checks.Where(c => c.Outcome != "passed" && string.IsNullOrWhiteSpace(c.Reason)),
                Is.Empty);
        });
    }

    // The one self-test that reads the summary as raw JSON, on purpose: these names are what a user's CI reads (README,
    // "Outcomes" and "Results"), and a renamed property of the typed model would change them. Every other self-test
    // reads the summary typed, through SummaryFile, as the product does.
    [Test]
    public async Task The_summary_json_carries_the_field_names_a_users_ci_reads()
    {
        await Run.Value;
        var json = JsonNode.Parse(await File.ReadAllTextAsync(SummaryFile.PathIn(Path.Combine(Root, "run"))))!;
        string[] outcomes =
        [
            "passed", "failed", "error", "expected_failure", "unexpected_pass", "observation", "not_applicable",
            "skipped", "total",
        ];

        Assert.Multiple(() =>
        {
            Assert.That(json["verdict"]?.GetValue<string>(), Is.EqualTo("fail"));
            Assert.That(json["headline"]?.GetValue<string>(), Does.StartWith("FAIL: "));
            Assert.That(Keys(json["totals"]), Is.EqualTo(outcomes));
            Assert.That(Keys(json["runner_totals"]), Is.EqualTo((string[])["passed", "failed", "skipped"]));
            Assert.That(
                Keys(json["checks"]?.AsArray().FirstOrDefault()),
                Is.SupersetOf((string[])["id", "title", "outcome", "target_result", "reason", "rerun", "request_ids"]));
        });
    }

    [Test]
    public async Task The_console_says_the_outcome_of_checks_that_pass_in_the_runner()
    {
        var run = await Run.Value;

        Assert.Multiple(() =>
        {
            Assert.That(ObservationLines().Matches(run.Console), Has.Count.EqualTo(run.Total("observation")));
            Assert.That(ExpectedFailureLines().Matches(run.Console), Has.Count.EqualTo(run.Total("expected_failure")));
        });
    }

    private static string Runner(string outcome) => outcome switch
    {
        "failed" or "error" or "unexpected_pass" => "Failed",
        "not_applicable" or "skipped" => "NotExecuted",
        _ => "Passed",
    };

    // Faults that fail documented checks, an assumed one (an observation under documented strictness), a known gap that
    // still fails (expected failure) and one whose check passes (unexpected pass).
    private static List<string> Keys(JsonNode? node) =>
        node is JsonObject json ? json.Select(p => p.Key).ToList() : [];

    private static async Task<SuiteRun> RunAsync()
    {
        Directory.CreateDirectory(Root);
        var gaps = Path.Combine(Root, "gaps.json");
        await File.WriteAllTextAsync(gaps, """
            {"gaps": [
              {"check": "create.rejects_zero_value", "reason": "self-test: a known gap that fails"},
              {"check": "auth.basic_auth_is_accepted", "reason": "self-test: a known gap whose check passes"}
            ]}
            """);
        var faults = new HashSet<string>
        {
            "create.allows_nonpositive_value",
            "update.metadata_replaces",
            "void.twice_allowed",
        };
        return await FaultRuns.RunProcessAgainstAsync(
            new ReferenceServerOptions { Faults = faults },
            Path.Combine(Root, "run"),
            new Dictionary<string, string>
            {
                [SettingNames.Expectations] = gaps,
                [SettingNames.Strictness] = "documented",
            });
    }

    [GeneratedRegex(@"^\s*Observation: ", RegexOptions.Multiline)]
    private static partial Regex ObservationLines();

    [GeneratedRegex(@"^\s*Expected failure: ", RegexOptions.Multiline)]
    private static partial Regex ExpectedFailureLines();
}

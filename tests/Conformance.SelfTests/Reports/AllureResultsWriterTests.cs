using System.Text.Json.Nodes;
using CreditGrantConformance.Client;
using CreditGrantConformance.Operations;
using CreditGrantConformance.Results;
using CreditGrantConformance.Results.Har;
using CreditGrantConformance.Results.Summary;
using CreditGrantConformance.SelfTests.Faults;
using CreditGrantConformance.Suite.Checks;
using CreditGrantConformance.Suite.Results;

namespace CreditGrantConformance.SelfTests.Reports;

public sealed class AllureResultsWriterTests
{
    private const string Canary = "sk_test_canaryAllure0123456789";
    private static readonly string[] RequiredFields =
    [
        "uuid", "historyId", "name", "fullName", "status", "stage", "start", "stop", "labels", "parameters", "steps",
    ];
    private static readonly string[] StepNames =
    [
        "POST /v1/billing/credit_grants → 503",
        "POST /v1/billing/credit_grants → 400 (attempt 2)",
    ];
    private static readonly string[] StepStatuses = ["passed", "failed"];
    private static readonly string[] RequiredLabels =
        ["epic", "feature", "story", "severity", "tag", "suite", "checkId"];
    private string directory = "";

    [SetUp]
    public void Write()
    {
        directory = Directory.CreateTempSubdirectory("allure").FullName;
        AllureResults.Write(directory, new Redactor([Canary]), Summaries.Of([Passed(), Failed(), NotApplicable()]));
    }

    [TearDown]
    public void Delete() => Directory.Delete(directory, recursive: true);

    [Test]
    public void Each_check_has_one_result_with_the_fields_and_labels_allure_needs()
    {
        var results = Results(directory);

        Assert.Multiple(() =>
        {
            Assert.That(results, Has.Count.EqualTo(3));
            foreach (var result in results)
            {
                Assert.That(RequiredFields.Where(f => result[f] is null), Is.Empty, result.ToJsonString());
                var labels = result["labels"]!.AsArray().Select(l => l!["name"]!.ToString());
                Assert.That(RequiredLabels.Except(labels), Is.Empty);
            }
        });
    }

    [Test]
    public void Statuses_follow_the_outcome_and_every_result_is_named_by_its_check_id()
    {
        var statuses = Results(directory).ToDictionary(r => r["name"]!.ToString(), r => r["status"]!.ToString());

        Assert.That(statuses, Is.EquivalentTo(new Dictionary<string, string>
        {
            ["list.passes — passes"] = "passed",
            ["create.fails — fails"] = "failed",
            ["list.needs_state — needs state"] = "skipped",
        }));
    }

    [Test]
    public void The_failing_exchange_is_a_failed_step_carrying_the_reason()
    {
        var failed = Results(directory).Single(r => r["status"]!.ToString() == "failed");
        var steps = failed["steps"]!.AsArray();

        Assert.Multiple(() =>
        {
            Assert.That(steps.Select(s => s!["status"]!.ToString()), Is.EqualTo(StepStatuses));
            Assert.That(steps[1]!["statusDetails"]!["message"]!.ToString(), Does.StartWith("Schema violation"));
            Assert.That(
                failed["statusDetails"]!["message"]!.ToString(),
                Does.StartWith("Failed (create.fails): Schema violation"));
        });
    }

    [Test]
    public void Every_exchange_is_a_step_whose_attachments_exist()
    {
        var failed = Results(directory).Single(r => r["status"]!.ToString() == "failed");
        var steps = failed["steps"]!.AsArray();
        var sources = steps
            .SelectMany(s => s!["attachments"]!.AsArray())
            .Concat(failed["attachments"]!.AsArray())
            .Select(a => a!["source"]!.ToString())
            .ToList();

        Assert.Multiple(() =>
        {
            Assert.That(steps.Select(s => s!["name"]!.ToString()), Is.EqualTo(StepNames));
            Assert.That(sources, Has.Count.EqualTo(7));
            Assert.That(sources.Where(s => !File.Exists(Path.Combine(directory, s))), Is.Empty);
        });
    }

    [Test]
    public void The_curl_file_survives_redaction_with_the_key_left_to_the_shell()
    {
        var failed = Results(directory).Single(r => r["status"]!.ToString() == "failed");
        var curl = failed["steps"]![0]!["attachments"]!
            .AsArray()
            .Single(a => a!["name"]!.ToString() == "curl")!["source"]!
            .ToString();

        Assert.That(
            File.ReadAllText(Path.Combine(directory, curl)),
            Does.Contain("--oauth2-bearer \"$STRIPE_API_KEY\"").And.Not.Contain("Bearer [REDACTED]"));
    }

    [Test]
    public void No_file_holds_the_key()
    {
        var leaks = Directory
            .GetFiles(directory)
            .Where(f => File.ReadAllText(f).Contains("canaryAllure", StringComparison.Ordinal));

        Assert.That(leaks, Is.Empty);
    }

    [Test]
    public void The_rerun_command_is_shown_whole_in_the_description_and_no_parameter_chip_is_long_enough_to_be_cut()
    {
        var results = Results(directory);

        Assert.Multiple(() =>
        {
            foreach (var result in results)
            {
                var id = result["labels"]!.AsArray().Single(l => l!["name"]!.ToString() == "checkId")!["value"];
                Assert.That(result["description"]!.ToString(), Does.Contain($"--filter \"CheckId={id}\""));
                Assert.That(
                    result["parameters"]!.AsArray().Select(p => p!["value"]!.ToString()),
                    Has.All.Length.LessThanOrEqualTo(40),
                    "Allure cuts long parameter values");
            }
        });
    }

    [Test]
    public void Categories_and_environment_files_are_written()
    {
        var categories = JsonNode.Parse(File.ReadAllText(Path.Combine(directory, "categories.json")))!.AsArray();

        Assert.Multiple(() =>
        {
            Assert.That(
                categories.Select(c => c!["name"]!.ToString()),
                Does.Contain("Schema violation")
                    .And.Contain("Validation gap")
                    .And.Contain("Environment (no answer, timeouts, 429 after retries)"));
            Assert.That(
                File.ReadAllLines(Path.Combine(directory, "environment.properties")),
                Does.Contain("profile=stateful").And.Contain("verdict=FAIL: failed 1, passed 1, not_applicable 1"));
        });
    }

    [TestCase(
        "POST",
        "",
        "amount[type]=monetary&name=O'Brien",
        "curl -g -X POST 'http://127.0.0.1:1/v1/billing/credit_grants' --oauth2-bearer \"$STRIPE_API_KEY\""
            + " -H \"Idempotency-Key: replay-$(date +%s%N)\" --data-raw 'amount[type]=monetary&name=O'\\''Brien'"
            + " # a fresh Idempotency-Key, so the target handles the request again; the run's own (k1) would replay"
            + " the answer it stored")]
    [TestCase(
        "GET",
        "?limit=3&expand[]=data.customer",
        null,
        "curl -g -X GET 'http://127.0.0.1:1/v1/billing/credit_grants?limit=3&expand[]=data.customer'"
            + " --oauth2-bearer \"$STRIPE_API_KEY\"")]
    public void A_curl_line_sends_the_request_again_with_the_key_left_to_the_shell_and_a_fresh_idempotency_key(
        string method,
        string query,
        string? body,
        string expected)
    {
        var exchange = Exchange(method, query, body, 200, 1) with
        {
            RequestHeaders =
            [
                KeyValuePair.Create("Authorization", "Bearer [REDACTED]"),
                .. method == "POST" ? new[] { KeyValuePair.Create("Idempotency-Key", "k1") } : [],
            ],
        };

        Assert.That(CurlLine.For(exchange), Is.EqualTo(expected));
    }

    // It reads the clean run of the fault runs, so it belongs with them, not with the fast tests.
    [Test]
    [Category("mutation")]
    public async Task A_real_run_writes_a_result_per_check_whose_attachments_resolve()
    {
        var clean = (await FaultRuns.GetAsync()).Clean;
        var allure = Path.Combine(FaultRuns.ResultsRoot, "faults", "clean", "allure-results");
        var results = Results(allure);
        var sources = results
            .SelectMany(r => r["steps"]!.AsArray())
            .SelectMany(s => s!["attachments"]!.AsArray())
            .Select(a => a!["source"]!.ToString())
            .ToList();

        Assert.Multiple(() =>
        {
            Assert.That(results, Has.Count.EqualTo(clean.Checks.Count));
            Assert.That(sources, Is.Not.Empty);
            Assert.That(sources.Where(s => !File.Exists(Path.Combine(allure, s))), Is.Empty);
        });
    }

    private static List<JsonObject> Results(string directory) =>
        Directory
            .GetFiles(directory, "*-result.json")
            .Select(f => JsonNode.Parse(File.ReadAllText(f))!.AsObject())
            .ToList();

    private static CheckResult Passed() =>
        Result("list.passes", "passes", Outcome.Passed, null, [], Exchange("GET", "?limit=1", null, 200, 1));

    private static CheckResult Failed()
    {
        Exchange[] exchanges =
        [
            Exchange("POST", "", "amount[type]=monetary&secret=" + Canary, 503, 1),
            Exchange("POST", "", "amount[type]=monetary", 400, 2),
        ];
        return Result(
            "create.fails", "fails", Outcome.Failed, "Schema violation with key " + Canary, [exchanges[1]], exchanges);
    }

    private static CheckResult NotApplicable() =>
        Result("list.needs_state", "needs state", Outcome.NotApplicable, "Not applicable: needs state", []);

    private static CheckResult Result(
        string id,
        string title,
        Outcome outcome,
        string? reason,
        Exchange[] failing,
        params Exchange[] exchanges) =>
        new(
            new CheckInfo(id, title, Categories.Validation, Provenance.Spec, "amount is required", "OpenAPI"),
            outcome)
        {
            Reason = reason,
            Duration = TimeSpan.FromMilliseconds(5),
            Trace = new CheckTrace(
                title,
                "Suite." + title,
                DateTimeOffset.UtcNow,
                DateTimeOffset.UtcNow,
                null,
                exchanges,
                [KeyValuePair.Create("seed", "42")])
            {
                Failing = failing,
            },
        };

    private static Exchange Exchange(string method, string query, string? body, int status, int attempt) => new()
    {
        Operation = ApiOperation.Create,
        Method = method,
        Url = "http://127.0.0.1:1/v1/billing/credit_grants" + query,
        Path = "/v1/billing/credit_grants",
        Query = query,
        RequestHeaders = [KeyValuePair.Create("Authorization", "Bearer " + Canary)],
        RequestBody = body,
        StatusCode = status,
        ResponseBody = """{"error":{"type":"invalid_request_error"}}""",
        StartedAt = DateTimeOffset.UtcNow,
        Duration = TimeSpan.FromMilliseconds(3),
        RequestId = "req_1",
        Attempt = attempt,
    };
}

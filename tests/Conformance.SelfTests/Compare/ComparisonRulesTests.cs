using System.Text.Json.Nodes;

namespace CreditGrantConformance.SelfTests.Compare;

/// <summary>The comparison's rules on small hand-made runs: what is normalised, what is paired, what counts.</summary>
public sealed class ComparisonRulesTests
{
    private const string Create = "/v1/billing/credit_grants";
    private static readonly string[] NameEcho = ["/name echo"];
    private static readonly string[] CheckLevel = ["outcome", "requests"];
    private static readonly string[] ItemNameType = ["/data/*/name type"];
    private static readonly string[] Requests = ["requests"];

    [Test]
    public void Ids_times_request_ids_run_ids_and_ports_made_per_run_do_not_diverge()
    {
        var comparison = ComparisonResult.Run(CreateAndRetrieve("Promo").Write(), CreateAndRetrieve("Promo").Write());

        Assert.Multiple(() =>
        {
            Assert.That(comparison.ExitCode, Is.Zero, comparison.Describe());
            Assert.That(comparison.Report?.Totals.Divergences, Is.Zero);
        });
    }

    [Test]
    public void A_value_echoed_in_A_and_not_in_B_diverges()
    {
        var comparison = ComparisonResult.Run(
            CreateAndRetrieve("Promo").Write(),
            CreateAndRetrieve("Promo", answered: "Other").Write());

        Assert.Multiple(() =>
        {
            Assert.That(comparison.ExitCode, Is.EqualTo(1));
            Assert.That(comparison.DivergentFields, Is.EquivalentTo(NameEcho), comparison.Describe());
            Assert.That(comparison.Markdown, Does.Contain("\"Promo\" (echoed)").And.Contain("\"Other\" (sent Promo)"));
        });
    }

    [Test]
    public void A_retried_request_is_paired_by_its_final_attempt()
    {
        var customer = RecordedRunBuilder.NewId("cus_");
        var retried = new RecordedRunBuilder().Check("create.echoes_name")
            .Exchange("create.echoes_name", "POST", Create, Form(customer, "Promo"), 500, Error("api_error", null),
                attempt: 1)
            .Exchange("create.echoes_name", "POST", Create, Form(customer, "Promo"), 200, Grant(customer, "Promo"),
                attempt: 2);

        var comparison = ComparisonResult.Run(
            retried.Write(),
            CreateAndRetrieve("Promo", retrieve: false).Write());

        Assert.That(comparison.ExitCode, Is.Zero, comparison.Describe());
    }

    [Test]
    public void Where_the_requests_part_the_check_is_not_paired_further_and_says_so()
    {
        var customer = RecordedRunBuilder.NewId("cus_");
        var other = new RecordedRunBuilder().Check("create.echoes_name")
            .Exchange("create.echoes_name", "GET", Create, "customer=" + customer, 200,
                List(false, Grant(customer, "Promo")))
            .Exchange("create.echoes_name", "GET", Create + "/" + RecordedRunBuilder.NewId("credgr_test_"), "", 404,
                Error("invalid_request_error", "resource_missing"));

        var comparison = ComparisonResult.Run(CreateAndRetrieve("Promo").Write(), other.Write());

        var divergences = comparison.Checks.Single().Divergences;
        Assert.Multiple(() =>
        {
            Assert.That(divergences.Select(d => d.Path), Is.EqualTo(Requests), comparison.Describe());
            Assert.That(
                divergences[0].B,
                Does.Contain("sent GET /v1/billing/credit_grants (customer)").And.Contain("not paired"));
            Assert.That(comparison.Checks.Single().Paired, Is.Zero);
        });
    }

    [Test]
    public void Known_divergences_excuse_what_they_match_warn_when_unmatched_and_excuse_nothing_when_expired()
    {
        var (a, b) = (CreateAndRetrieve("Promo").Write(), CreateAndRetrieve("Promo", answered: "Other").Write());
        var known = KnownFile(("create.*", "/name", "2027-06-30"), ("list.*", "/data/*/customer", null));
        var expired = KnownFile(("create.echoes_name", "/name", "2026-01-31"));

        var accepted = ComparisonResult.Run(a, b, "--known", known);
        var refused = ComparisonResult.Run(a, b, "--known", expired);

        Assert.Multiple(() =>
        {
            Assert.That(accepted.ExitCode, Is.Zero, accepted.Describe());
            Assert.That(accepted.Report?.Totals.Known, Is.EqualTo(1));
            Assert.That(accepted.Markdown, Does.Contain("## Known divergences").And.Contain("a reason"));
            Assert.That(
                accepted.Report?.Warnings,
                Has.Some.Contains("list.* /data/*/customer matches nothing"));
            Assert.That(refused.ExitCode, Is.EqualTo(1), refused.Describe());
            Assert.That(refused.Report?.Warnings, Has.Some.Contains("expired on 2026-01-31"));
        });
    }

    [Test]
    public void Runs_of_another_seed_are_flagged_in_the_header_and_a_check_of_one_run_only_is_listed_not_failed()
    {
        var other = CreateAndRetrieve("Promo");
        var b = new RecordedRunBuilder { Seed = 7 }.Check("create.echoes_name", "not_applicable");
        var a = other.Check("list.answers_a_list_object");

        var comparison = ComparisonResult.Run(a.Write(), b.Write());

        Assert.Multiple(() =>
        {
            Assert.That(comparison.Markdown, Does.Contain("B ran with seed 7, A with 20261123"));
            Assert.That(
                comparison.Markdown,
                Does.Contain("## Not paired").And.Contain("`list.answers_a_list_object` ran only in A"));
            Assert.That(
                comparison.Checks
                    .Single(c => c.Id == "create.echoes_name").Divergences
                    .Select(d => d.Path),
                Is.EquivalentTo(CheckLevel));
        });
    }

    [Test]
    public void The_items_of_an_account_wide_list_are_not_compared_those_of_a_customer_list_are()
    {
        RecordedRunBuilder Lists(string? name, int others)
        {
            var customer = RecordedRunBuilder.NewId("cus_");
            var everyone = Enumerable
                .Range(0, others)
                .Select(_ => Grant(RecordedRunBuilder.NewId("cus_"), name))
                .ToArray();
            return new RecordedRunBuilder().Check("list.answers_a_list_object")
                .Exchange("list.answers_a_list_object", "GET", Create, "limit=3", 200, List(others > 2, everyone))
                .Exchange("list.answers_a_list_object", "GET", Create, "customer=" + customer, 200,
                    List(false, Grant(customer, name)));
        }

        var comparison = ComparisonResult.Run(Lists("Promo", 3).Write(), Lists(null, 1).Write());

        var exchanges = comparison.Checks.Single().Divergences.Select(d => d.Exchange);
        Assert.Multiple(() =>
        {
            Assert.That(comparison.DivergentFields, Is.EquivalentTo(ItemNameType), comparison.Describe());
            Assert.That(exchanges, Is.All.EqualTo(2), "only the customer's list is compared item by item");
        });
    }

    internal static RecordedRunBuilder CreateAndRetrieve(string name, string? answered = null, bool retrieve = true)
    {
        var customer = RecordedRunBuilder.NewId("cus_");
        var grant = Grant(customer, answered ?? name);
        var run = new RecordedRunBuilder().Check("create.echoes_name")
            .Exchange("create.echoes_name", "POST", Create, Form(customer, name), 200, grant);
        return retrieve
            ? run.Exchange("create.echoes_name", "GET", $"{Create}/{grant["id"]}", "", 200, grant.DeepClone())
            : run;
    }

    private static string Form(string customer, string name) =>
        $"customer={customer}&name={name}"
        + $"&metadata[conformance_run]=run_20261123120000_{Guid.NewGuid().ToString("N")[..6]}";

    private static JsonObject Grant(string customer, string? name) => new()
    {
        ["id"] = RecordedRunBuilder.NewId("credgr_test_"),
        ["object"] = "billing.credit_grant",
        ["created"] = RecordedRunBuilder.Now(),
        ["customer"] = customer,
        ["effective_at"] = RecordedRunBuilder.Now(),
        ["livemode"] = false,
        ["metadata"] = new JsonObject(),
        ["name"] = name,
    };

    private static JsonObject List(bool hasMore, params JsonObject[] grants) => new()
    {
        ["object"] = "list",
        ["data"] = new JsonArray(grants.Select(g => (JsonNode?)g).ToArray()),
        ["has_more"] = hasMore,
        ["url"] = Create,
    };

    private static JsonObject Error(string type, string? code) => new()
    {
        ["error"] = new JsonObject
        {
            ["type"] = type,
            ["code"] = code,
            ["request_log_url"] = $"https://dashboard.stripe.com/test/logs/{RecordedRunBuilder.NewId("req_")}",
        },
    };

    internal static string KnownFile(params (string Check, string Path, string? Expires)[] entries)
    {
        var path = Path.Combine(Path.GetTempPath(), $"known-divergences-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, new JsonObject
        {
            ["divergences"] = new JsonArray(entries.Select(e => (JsonNode?)new JsonObject
            {
                ["check"] = e.Check, ["path"] = e.Path, ["reason"] = "a reason", ["expires"] = e.Expires,
            }).ToArray()),
        }.ToJsonString());
        return path;
    }
}

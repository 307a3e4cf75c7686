using CreditGrantConformance.Client;
using CreditGrantConformance.ReferenceServer;
using CreditGrantConformance.SelfTests.Client;
using CreditGrantConformance.Suite.Configuration;

namespace CreditGrantConformance.SelfTests.Faults;

/// <summary>
/// Faults of the network and the target, not of the API: under chaos (429, 503, 500 and dropped connections after the
/// work was done, delays) the suite reaches the clean run's verdicts and creates nothing twice; when retries run out,
/// the checks end as environment errors, never as conformance failures.
/// </summary>
public sealed class ChaosTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromMinutes(2);

    [Category("mutation")]
    [Test]
    public async Task Under_chaos_the_suite_reaches_the_clean_verdicts_and_creates_nothing_twice()
    {
        var key = "sk_test_chaos_" + Guid.NewGuid().ToString("N");
        await using var server = await ReferenceServerHost.StartAsync(new ReferenceServerOptions
        {
            ApiKeys = new HashSet<string> { key },
            ChaosRate = 0.3,
            ChaosSeed = 7,
        });
        var clean = (await FaultRuns.GetAsync()).Clean;

        var run = await SuiteInProcess.RunAsync(
            server.BaseUrl,
            key,
            Path.Combine(FaultRuns.ResultsRoot, "chaos"),
            new Dictionary<string, string>
            {
                [SettingNames.Strictness] = "assumed",
                // Chaos costs every disturbed request a retry; fewer generated cases keep the run inside its bound on
                // slow machines.
                [SettingNames.PropertyCases] = "10",
            });
        var grantsOnServer = await CountGrantsAsync(server.BaseUrl, key);
        var cleanup = run.Summary?.Cleanup;
        var grantsSeen = cleanup?.GrantsVoided + cleanup?.GrantsAlreadyInactive;

        Assert.Multiple(() =>
        {
            Assert.That(run.Outcomes(), Is.EqualTo(clean.Outcomes()), run.Describe());
            Assert.That(
                run.Summary?.Requests?.Retries,
                Is.GreaterThan(0),
                "chaos must have forced retries");
            Assert.That(
                grantsOnServer,
                Is.EqualTo(grantsSeen),
                "the server holds grants the suite never saw created: a retry executed twice");
            Assert.That(run.Summary?.DurationSeconds, Is.LessThan(Bound.TotalSeconds));
        });
    }

    [Test]
    public async Task When_retries_run_out_checks_end_as_environment_errors_not_failures()
    {
        await using var target = await ScriptedServer.StartAsync(
            503,
            """{"error":{"type":"api_error","message":"down"}}""",
            ("Retry-After", "0"));

        var run = await SuiteInProcess.RunAsync(
            target.BaseUrl,
            "sk_test_unavailable",
            Path.Combine(FaultRuns.ResultsRoot, "unavailable"));
        var judged = run.Checks.Where(c => c.Outcome != "not_applicable").ToList();

        Assert.Multiple(() =>
        {
            Assert.That(judged, Is.Not.Empty, run.Describe());
            Assert.That(judged.Select(c => c.Outcome), Is.All.EqualTo("error"), run.Describe());
            Assert.That(
                judged.Select(c => c.Reason),
                Is.All.Contain("Environment: the target still answered HTTP 503 after 4 attempts"));
        });
    }

    private static async Task<int> CountGrantsAsync(Uri baseUrl, string key)
    {
        using var client = new StripeClient(
            new ClientOptions { BaseUrl = baseUrl, ApiKey = key, InitialRetryDelay = TimeSpan.FromMilliseconds(10) },
            new RequestRateLimiter(1000));
        var count = 0;
        string? after = null;
        while (true)
        {
            var page = await client.SendAsync(new StripeRequest(HttpMethod.Get, "/v1/billing/credit_grants")
            {
                Params = new FormParams { ["limit"] = 100, ["starting_after"] = after },
            });
            var data = page.Json!["data"]!.AsArray();
            count += data.Count;
            if (page.Json["has_more"]?.GetValue<bool>() != true)
            {
                return count;
            }

            after = data[^1]!["id"]!.ToString();
        }
    }
}

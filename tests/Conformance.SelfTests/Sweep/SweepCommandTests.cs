using CreditGrantConformance.SelfTests.Server;
using CreditGrantConformance.Sweep;

namespace CreditGrantConformance.SelfTests.Sweep;

public sealed class SweepCommandTests : ServerFixture
{
    [Test]
    public async Task The_sweep_voids_tagged_active_grants_deletes_their_customers_and_leaves_the_rest()
    {
        var tagged = await GrantAsync("&metadata[conformance_run]=run_crashed");
        var voided = await GrantAsync("&metadata[conformance_run]=run_crashed");
        await PostAsync($"/v1/billing/credit_grants/{voided["id"]}/void", "");
        var untagged = await GrantAsync();
        using var output = new StringWriter();

        var exit = await SweepCommand.RunAsync(["--older-than", "0"], Environment, output);

        var (_, afterTagged) = await GetAsync($"/v1/billing/credit_grants/{tagged["id"]}");
        var (_, afterUntagged) = await GetAsync($"/v1/billing/credit_grants/{untagged["id"]}");
        var (_, customer) = await GetAsync($"/v1/customers/{tagged["customer"]}");
        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.Zero, output.ToString());
            Assert.That(afterTagged!["voided_at"], Is.Not.Null);
            Assert.That(afterUntagged!["voided_at"], Is.Null);
            Assert.That(customer!["deleted"]?.GetValue<bool>(), Is.True);
            Assert.That(
                output.ToString(),
                Does.Contain("voided " + tagged["id"]).And.Not.Contain("voided " + voided["id"]));
        });
    }

    [Test]
    public async Task The_sweep_deletes_the_test_clocks_of_crashed_runs_and_leaves_other_clocks()
    {
        const string clocks = "/v1/test_helpers/test_clocks";
        var (_, run, _) = await PostAsync(clocks, "frozen_time=1767225600&name=conformance+run_x");
        var (_, other, _) = await PostAsync(clocks, "frozen_time=1767225600&name=mine");
        var (_, customer, _) = await PostAsync("/v1/customers", $"test_clock={run!["id"]}");
        using var output = new StringWriter();

        var exit = await SweepCommand.RunAsync(["--older-than", "0"], Environment, output);

        var (gone, _) = await GetAsync($"{clocks}/{run["id"]}");
        var (kept, _) = await GetAsync($"{clocks}/{other!["id"]}");
        var (_, deleted) = await GetAsync($"/v1/customers/{customer!["id"]}");
        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.Zero, output.ToString());
            Assert.That((gone, kept), Is.EqualTo((404, 200)));
            Assert.That(deleted!["deleted"]?.GetValue<bool>(), Is.True);
            Assert.That(output.ToString(), Does.Contain("deleted test clock " + run["id"]));
        });
    }

    [Test]
    public async Task A_dry_run_lists_and_changes_nothing()
    {
        var tagged = await GrantAsync("&metadata[conformance_run]=run_dry");
        using var output = new StringWriter();

        var exit = await SweepCommand.RunAsync(["--dry-run", "--older-than", "0"], Environment, output);

        var (_, after) = await GetAsync($"/v1/billing/credit_grants/{tagged["id"]}");
        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.Zero);
            Assert.That(output.ToString(), Does.Contain("would clean " + tagged["id"]));
            Assert.That(after!["voided_at"], Is.Null);
        });
    }

    [TestCase("sk_live_abc")]
    [TestCase("")]
    public async Task A_live_or_missing_key_is_refused_before_any_request(string key)
    {
        using var output = new StringWriter();

        var exit = await SweepCommand.RunAsync(
            [],
            name => name == "STRIPE_API_KEY" ? key : Server.BaseUrl.ToString(),
            output);

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(2));
            Assert.That(output.ToString(), Does.Contain("test-mode key"));
        });
    }

    private string? Environment(string name) => name switch
    {
        "CONFORMANCE_BASE_URL" => Server.BaseUrl.ToString(),
        "STRIPE_API_KEY" => Key,
        _ => null,
    };
}

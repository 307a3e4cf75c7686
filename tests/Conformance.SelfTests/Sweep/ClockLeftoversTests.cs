using CreditGrantConformance.Client;
using CreditGrantConformance.SelfTests.Server;
using CreditGrantConformance.Sweep;

namespace CreditGrantConformance.SelfTests.Sweep;

/// <summary>
/// The sweeper finds a crashed run's clock customers by GET /v1/customers?test_clock=…, the only way Stripe lists them,
/// and their tagged grants by customer; another clock's customers and grants are left alone.
/// </summary>
public sealed class ClockLeftoversTests : ServerFixture
{
    [Test]
    public async Task The_customers_of_a_crashed_runs_clock_and_their_tagged_grants_are_found()
    {
        const string clocks = "/v1/test_helpers/test_clocks";
        var (_, run, _) = await PostAsync(clocks, "frozen_time=1767225600&name=conformance+run_clocked");
        var (_, other, _) = await PostAsync(clocks, "frozen_time=1767225600&name=mine");
        var customer = await ClockCustomerAsync(run!["id"]!.ToString());
        var kept = await ClockCustomerAsync(other!["id"]!.ToString());
        var grant = await ClockGrantAsync(customer);
        await ClockGrantAsync(kept);
        using var client = new StripeClient(
            new ClientOptions { BaseUrl = Server.BaseUrl, ApiKey = Key }, new RequestRateLimiter(1000));

        var (found, grants) = await ClockLeftovers.FindAsync(client, long.MaxValue);

        Assert.Multiple(() =>
        {
            Assert.That(found.TestClocks, Is.EqualTo(new[] { run["id"]!.ToString() }));
            Assert.That(found.Customers, Is.EqualTo(new[] { customer }));
            Assert.That(grants, Is.EqualTo(new[] { grant }));
        });
    }

    private async Task<string> ClockCustomerAsync(string clock) =>
        (await PostAsync("/v1/customers", $"test_clock={clock}")).Json!["id"]!.ToString();

    private async Task<string> ClockGrantAsync(string customer)
    {
        var (status, json, _) = await PostAsync(
            "/v1/billing/credit_grants",
            "amount[type]=monetary&amount[monetary][currency]=usd&amount[monetary][value]=1000"
            + $"&applicability_config[scope][price_type]=metered&customer={customer}"
            + "&metadata[conformance_run]=run_clocked");
        Assert.That(status, Is.EqualTo(200), json?.ToJsonString());
        return json!["id"]!.ToString();
    }
}

using CreditGrantConformance.SelfTests.Server;

namespace CreditGrantConformance.SelfTests.Driver.Ledger;

/// <summary>
/// Against the reference server started on its own, each official SDK, used as an integrator uses it, sees a test
/// clock's grant become available at its effective time and leave at its expiry, with the transactions to show for it.
/// </summary>
[Category("driver")]
public sealed class LedgerScenarioTests : ServerFixture
{
    [Test]
    public async Task Through_Stripe_net_a_clock_grant_is_available_from_its_effective_time_until_its_expiry()
    {
        var reading = await StripeNetLedgerScenario.RunAsync(Server.BaseUrl, Key, LedgerScenario.Now());

        reading.AssertAsIssued();
    }

    [Test]
    public async Task Through_stripe_node_a_clock_grant_is_available_from_its_effective_time_until_its_expiry()
    {
        var reading = await NodeLedgerScenario.RunAsync(Server.BaseUrl, Key, LedgerScenario.Now());

        reading.AssertAsIssued();
    }
}

using CreditGrantConformance.Suite.Ledger;

namespace CreditGrantConformance.Checks.Ledger;

/// <summary>
/// A grant's credits leave the available balance at once when it expires (its clock passes expires_at, or /expire),
/// since available is the ledger balance less expired credits not yet committed; the ledger balance follows within
/// the polling timeout. A void is no expiry: Stripe says nothing of when its debit is committed, so both balances of
/// a voided grant are read until they are 0.
/// </summary>
public sealed partial class BalanceSummaryTests
{
    private const string Follows =
        " (the ledger read until it does, within 5 seconds on a loopback target, 60 elsewhere)";

    [Check("balance_summary.expired_at_expires_at_leaves_balance", Provenance.Documented, Categories.State,
        "A grant is usable until its expires_at: once its test clock passes expires_at nothing of it is available, "
        + "and the ledger balance follows to 0" + Follows,
        Sources.BillingCredits, RequiresState = true)]
    public async Task A_grant_past_its_expiry_leaves_the_balance()
    {
        var clock = await NewClockAsync();
        var customer = await clock.CustomerAsync();
        var grant = await CreateGrantForAsync(customer, g => g["expires_at"] = clock.FrozenTime + Hour);

        await clock.AdvanceAsync(clock.FrozenTime + Hour + 60);

        await ExpiredShouldHaveLeftAsync(customer, grant.Id());
    }

    [Check("balance_summary.expire_leaves_balance", Provenance.Documented, Categories.State,
        "Expiring a grant ends its credits: nothing of it is available and the ledger balance follows to 0" + Follows,
        Sources.Expire, RequiresState = true)]
    public async Task An_expired_grant_leaves_the_balance()
    {
        var customer = await CreateCustomerAsync();
        var grant = await CreateGrantForAsync(customer);

        (await Api.ExpireAsync(grant.Id())).Should(Expect.Status(200));

        await ExpiredShouldHaveLeftAsync(customer, grant.Id());
    }

    [Check("balance_summary.void_leaves_balance", Provenance.Documented, Categories.State,
        "Voiding a grant takes back its unused credits: its available and ledger balances reach 0 (read until they "
        + "do, within 5 seconds on a loopback target, 60 elsewhere)",
        Sources.Void, RequiresState = true)]
    public async Task A_voided_grant_leaves_the_balance()
    {
        var customer = await CreateCustomerAsync();
        var grant = await CreateGrantForAsync(customer);

        (await Api.VoidAsync(grant.Id())).Should(Expect.Status(200));

        await ShouldHaveLeftAsync(customer, grant.Id());
    }

    // Documented for an expiry alone: "available_balance ... is equal to ledger balance less any expired billing
    // credits for which expiration ledger transaction entries haven't yet been committed to the ledger".
    private async Task ExpiredShouldHaveLeftAsync(string customer, string grant)
    {
        var now = await SummaryOfAsync(customer, grant);
        now.Should(Expect.Status(200), BalanceExpect.Available("usd", 0));
        await ShouldHaveLeftAsync(customer, grant);
    }

    private async Task ShouldHaveLeftAsync(string customer, string grant)
    {
        var later = await Polling.UntilAsync(
            () => SummaryOfAsync(customer, grant),
            r => Balances.Available(r.Json, "usd") == 0 && Balances.LedgerOf(r.Json, "usd") == 0,
            Polling.Timeout(Settings));
        later.Should(
            Expect.Status(200),
            BalanceExpect.Available("usd", 0),
            BalanceExpect.LedgerBalance("usd", 0));
    }
}

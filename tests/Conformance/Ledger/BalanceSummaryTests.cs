using CreditGrantConformance.Suite.Ledger;

namespace CreditGrantConformance.Checks.Ledger;

/// <summary>
/// What a grant does to its customer's credit balance summary: its credits become available when it takes effect and
/// leave when it expires or is voided, per currency, through the summary's filters.
/// </summary>
public sealed partial class BalanceSummaryTests : ClockTest
{
    private const long Value = 1000;

    [Check("balance_summary.answers_a_summary", Provenance.Spec, Categories.Shape,
        "The summary answers 200 with a billing.credit_balance_summary of the customer asked for",
        Sources.SpecBalanceSummary)]
    public async Task The_summary_answers_a_credit_balance_summary()
    {
        var customer = await CustomerIdAsync();

        var response = await SummaryOfAsync(customer, await SharedGrantIdAsync());

        response.Should(Shapes.Of("billing.credit_balance_summary"));
    }

    [Check("balance_summary.new_grant_is_available", Provenance.Documented, Categories.State,
        "A grant in effect puts its amount in the summary filtered by that grant: available and ledger balances of its "
        + "currency equal its value (read until they do, within 5 seconds on a loopback target, 60 elsewhere)",
        Sources.BalanceSummaryObject, RequiresState = true)]
    public async Task A_new_grant_is_in_the_summary_filtered_by_it()
    {
        var customer = await CreateCustomerAsync();
        var grant = await CreateGrantForAsync(customer);

        var response = await Polling.UntilAsync(
            () => SummaryOfAsync(customer, grant.Id()),
            r => Balances.Available(r.Json, "usd") == Value && Balances.LedgerOf(r.Json, "usd") == Value,
            Polling.Timeout(Settings));

        response.Should(
            Expect.Status(200),
            BalanceExpect.Available("usd", Value),
            BalanceExpect.LedgerBalance("usd", Value));
    }

    [Check("balance_summary.future_grant_unavailable_until_effective", Provenance.Documented, Categories.State,
        "A grant is eligible for use from its effective_at: on a test clock, a grant effective an hour ahead has "
        + "nothing available (0 or no entry) until the clock passes effective_at, then its value (read until it is, "
        + "within 5 seconds on a loopback target, 60 elsewhere)",
        Sources.BillingCredits, RequiresState = true)]
    public async Task A_future_grant_is_available_only_once_the_clock_passes_its_effective_time()
    {
        var clock = await NewClockAsync();
        var customer = await clock.CustomerAsync();
        var effective = clock.FrozenTime + Hour;
        var grant = await CreateGrantForAsync(customer, g =>
        {
            g["effective_at"] = effective;
            g["expires_at"] = effective + Hour;
        });

        var before = await SummaryOfAsync(customer, grant.Id());
        await clock.AdvanceAsync(effective + 60);
        // When the grant's credit reaches the summary after the advance is not documented, as for a new grant.
        var after = await Polling.UntilAsync(
            () => SummaryOfAsync(customer, grant.Id()),
            r => Balances.Available(r.Json, "usd") == Value,
            Polling.Timeout(Settings));

        before.Should(Expect.Status(200), BalanceExpect.Available("usd", 0));
        after.Should(Expect.Status(200), BalanceExpect.Available("usd", Value));
    }

    [Check("balance_summary.available_never_exceeds_ledger", Provenance.Documented, Categories.State,
        "The available balance is the ledger balance less expired credits not yet committed to the ledger: in every "
        + "entry, before and after a grant expires on its clock, available is at most ledger",
        Sources.BalanceSummaryObject, RequiresState = true)]
    public async Task Available_never_exceeds_the_ledger_balance()
    {
        var clock = await NewClockAsync();
        var customer = await clock.CustomerAsync();
        await CreateGrantForAsync(customer, g => g["expires_at"] = clock.FrozenTime + Hour);
        await CreateGrantForAsync(customer, g => g["effective_at"] = clock.FrozenTime + Hour);

        var before = await Api.BalanceSummaryAsync(SummaryQuery.ByPriceType(customer));
        await clock.AdvanceAsync(clock.FrozenTime + Hour + 60);
        var after = await Api.BalanceSummaryAsync(SummaryQuery.ByPriceType(customer));

        before.Should(Expect.Status(200), BalanceExpect.AvailableAtMostLedger);
        after.Should(Expect.Status(200), BalanceExpect.AvailableAtMostLedger);
    }
}

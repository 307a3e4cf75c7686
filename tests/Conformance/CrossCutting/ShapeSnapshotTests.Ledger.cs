using System.Text.Json.Nodes;
using CreditGrantConformance.Client;
using CreditGrantConformance.Operations;
using CreditGrantConformance.Suite.Ledger;
using CreditGrantConformance.Suite.Requests;

namespace CreditGrantConformance.Checks.CrossCutting;

/// <summary>
/// The answers of test clocks, the balance summary and its transactions, each against its snapshot. Each case makes
/// what it reads, so no case depends on another's order. Customers have none: a real customer carries many fields
/// this suite does not judge (the schema gate still does).
/// </summary>
public sealed partial class ShapeSnapshotTests
{
    private static IEnumerable<TestCaseData> LedgerAnswers()
    {
        yield return Case(ApiOperation.CreateTestClock.Label, _ => Api.CreateTestClockAsync(
            ClockRequests.Create(Clock.Now, Settings.RunId)));
        yield return Case(ApiOperation.RetrieveTestClock.Label, async _ => await Api.RetrieveTestClockAsync(
            (await NewClockAsync()).Id));
        // The list is the account's: its page is cut to this case's clock, so another check's clock (advancing, say)
        // never decides the shape.
        yield return Case(ApiOperation.ListTestClocks.Label, async _ =>
        {
            var clock = await NewClockAsync();
            var list = await Api.ListTestClocksAsync(new FormParams { ["limit"] = 100 });
            if (list.Json?["data"] is JsonArray data)
            {
                data.Where(c => c?["id"]?.ToString() != clock.Id).ToList().ForEach(c => data.Remove(c));
            }

            return new StripeResponse(
                list.StatusCode, list.Headers, list.Json?.ToJsonString() ?? list.Body, list.Exchange, list.Attempts);
        });
        yield return Case(ApiOperation.DeleteTestClock.Label, async _ => await Api.DeleteTestClockAsync(
            (await NewClockAsync()).Id));
        yield return Case(ApiOperation.AdvanceTestClock.Label, async _ =>
        {
            var clock = await NewClockAsync();
            var advancing = await Api.AdvanceTestClockAsync(clock.Id, clock.FrozenTime + Hour);
            await clock.WaitReadyAsync();
            return advancing;
        });
        yield return Case(ApiOperation.RetrieveBalanceSummary.Label, async _ =>
        {
            var customer = await CreateCustomerAsync();
            var grant = await CreateGrantForAsync(customer);
            return await SummaryOfAsync(customer, grant.Id());
        });
        yield return Case(ApiOperation.ListBalanceTransactions.Label, async _ =>
            await Api.BalanceTransactionsAsync(
                new FormParams { ["customer"] = await CustomerWithGrantAsync(), ["limit"] = 1 }));
        yield return Case(ApiOperation.RetrieveBalanceTransaction.Label, async _ =>
        {
            var list = await Api.BalanceTransactionsAsync(
                new FormParams { ["customer"] = await CustomerWithGrantAsync(), ["limit"] = 1 });
            list.Should(Expect.Status(200), Expect.Grants(1));
            return await Api.RetrieveBalanceTransactionAsync(Transactions.Of(list.Json)[0].Id());
        });
    }

    private static async Task<string> CustomerWithGrantAsync()
    {
        var customer = await CreateCustomerAsync();
        await CreateGrantForAsync(customer);
        return customer;
    }
}

using Stripe;
using Stripe.Billing;
using Stripe.TestHelpers;

namespace CreditGrantConformance.SelfTests.Driver.Ledger;

/// <summary>
/// The <see cref="LedgerScenario"/> through Stripe.net's own services, as a .NET integrator writes it: no driver, no
/// suite client, only the SDK pointed at the server's URL.
/// </summary>
internal sealed class StripeNetLedgerScenario(V1Services stripe, LedgerScenario scenario)
{
    public static async Task<LedgerReading> RunAsync(Uri baseUrl, string apiKey, LedgerScenario scenario)
    {
        using var http = new HttpClient();
        var client = new Stripe.StripeClient(
            apiKey,
            httpClient: new SystemNetHttpClient(http, maxNetworkRetries: 0, enableTelemetry: false),
            apiBase: baseUrl.ToString().TrimEnd('/'));
        return await new StripeNetLedgerScenario(client.V1, scenario).RunAsync();
    }

    private async Task<LedgerReading> RunAsync()
    {
        var clock = await stripe.TestHelpers.TestClocks.CreateAsync(
            new TestClockCreateOptions { FrozenTime = At(scenario.FrozenTime), Name = "ledger scenario" });
        var customer = await stripe.Customers.CreateAsync(new CustomerCreateOptions { TestClock = clock.Id });
        var grant = await stripe.Billing.CreditGrants.CreateAsync(new CreditGrantCreateOptions
        {
            Customer = customer.Id,
            Category = "paid",
            Amount = new CreditGrantAmountOptions
            {
                Type = "monetary",
                Monetary = new CreditGrantAmountMonetaryOptions
                {
                    Currency = LedgerScenario.Currency,
                    Value = LedgerScenario.Value,
                },
            },
            ApplicabilityConfig = new CreditGrantApplicabilityConfigOptions
            {
                Scope = new CreditGrantApplicabilityConfigScopeOptions { PriceType = "metered" },
            },
            EffectiveAt = At(scenario.EffectiveAt),
            ExpiresAt = At(scenario.ExpiresAt),
        });

        var before = await AvailableAsync(customer.Id, grant.Id);
        var effectiveStatus = await AdvanceAsync(clock.Id, scenario.PastEffective);
        var effective = await AvailableAsync(customer.Id, grant.Id);
        var expiredStatus = await AdvanceAsync(clock.Id, scenario.PastExpiry);
        var expired = await AvailableAsync(customer.Id, grant.Id);
        var types = new List<string>();
        var transactions = new CreditBalanceTransactionListOptions { Customer = customer.Id, CreditGrant = grant.Id };
        await foreach (var transaction in stripe.Billing.CreditBalanceTransactions.ListAutoPagingAsync(transactions))
        {
            types.Add(transaction.Credit?.Type ?? transaction.Debit?.Type ?? "(neither credit nor debit)");
        }

        return new LedgerReading(before, effective, expired, [effectiveStatus, expiredStatus], types);
    }

    private async Task<long> AvailableAsync(string customer, string grant)
    {
        var summary = await stripe.Billing.CreditBalanceSummary.GetAsync(new CreditBalanceSummaryGetOptions
        {
            Customer = customer,
            Filter = new CreditBalanceSummaryFilterOptions { Type = "credit_grant", CreditGrant = grant },
        });
        return summary.Balances
            .Where(b => b.AvailableBalance.Monetary.Currency == LedgerScenario.Currency)
            .Sum(b => b.AvailableBalance.Monetary.Value);
    }

    // Stripe advances a clock asynchronously: the advance answers advancing, the clock reads ready once there.
    private async Task<string> AdvanceAsync(string clock, long frozenTime)
    {
        var advanced = await stripe.TestHelpers.TestClocks.AdvanceAsync(
            clock, new TestClockAdvanceOptions { FrozenTime = At(frozenTime) });
        var deadline = DateTimeOffset.UtcNow + LedgerScenario.ReadyTimeout;
        while (advanced.Status == "advancing" && DateTimeOffset.UtcNow < deadline)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(100));
            advanced = await stripe.TestHelpers.TestClocks.GetAsync(clock);
        }

        return advanced.Status;
    }

    private static DateTime At(long unixSeconds) => DateTimeOffset.FromUnixTimeSeconds(unixSeconds).UtcDateTime;
}

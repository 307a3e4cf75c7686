using static CreditGrantConformance.SelfTests.Server.Ledger.LedgerClient;

namespace CreditGrantConformance.SelfTests.Server.Ledger;

/// <summary>
/// For each fault of the ledger and the clocks, a probe of the one rule it breaks: true when the server keeps the rule.
/// Each probe makes what it judges itself.
/// </summary>
internal static class LedgerFaultProbes
{
    public static IReadOnlyDictionary<string, Func<LedgerClient, Task<bool>>> ByFault { get; } =
        new Dictionary<string, Func<LedgerClient, Task<bool>>>
        {
            ["ledger.future_grant_counted_early"] = async api =>
            {
                var customer = await api.CustomerAsync(await api.ClockAsync(T));
                var grant = await api.GrantAsync(customer, $"&effective_at={T + Hour}");
                return await api.AvailableForGrantAsync(customer, Id(grant)) == 0;
            },
            ["ledger.expired_still_available"] = async api =>
                await AfterAsync(api, "expire") == 0,
            ["ledger.void_keeps_credit"] = async api =>
                await AfterAsync(api, "void") == 0,
            ["ledger.debit_written_twice"] = async api =>
            {
                var customer = await api.CustomerAsync();
                var grant = Id(await api.GrantAsync(customer));
                await api.PostAsync($"/v1/billing/credit_grants/{grant}/void", "");
                return (await api.TransactionsAsync(customer, grant)).Count(t => t.Type == "debit") == 1;
            },
            ["summary.currencies_summed"] = async api =>
            {
                var customer = await api.CustomerAsync();
                await api.GrantAsync(customer, currency: "usd");
                await api.GrantAsync(customer, currency: "eur");
                return (await api.AvailableAsync(customer, MeteredScope)).Count == 2;
            },
            ["summary.grant_filter_ignored"] = async api =>
            {
                var customer = await api.CustomerAsync();
                var grant = Id(await api.GrantAsync(customer, value: 10));
                await api.GrantAsync(customer, value: 20);
                return await api.AvailableForGrantAsync(customer, grant) == 10;
            },
            ["summary.scope_filter_ignored"] = async api =>
            {
                var customer = await api.CustomerAsync();
                await api.GrantAsync(customer, value: 10);
                await api.PostAsync(
                    "/v1/billing/credit_grants",
                    "amount[type]=monetary&amount[monetary][currency]=usd&amount[monetary][value]=20"
                    + $"&applicability_config[scope][prices][0][id]=price_a&customer={customer}");
                return (await api.AvailableAsync(customer, MeteredScope))["usd"] == 10;
            },
            ["transactions.oldest_first"] = async api =>
            {
                var customer = await api.CustomerAsync();
                var grant = Id(await api.GrantAsync(customer));
                await api.PostAsync($"/v1/billing/credit_grants/{grant}/void", "");
                return (await api.TransactionsAsync(customer, grant))[0].Type == "debit";
            },
            ["transactions.grant_filter_ignored"] = async api =>
            {
                var customer = await api.CustomerAsync();
                var grant = Id(await api.GrantAsync(customer));
                await api.GrantAsync(customer);
                return (await api.TransactionsAsync(customer, grant)).Count == 1;
            },
            ["clock.advances_backwards"] = async api => await AdvanceStatusAsync(api, -1) == 400,
            ["clock.two_year_limit_unchecked"] = async api =>
                await AdvanceStatusAsync(api, (2 * 366 * 24 * Hour) + 1) == 400,
            ["clock.never_ready"] = async api =>
                (await api.AdvanceAsync(await api.ClockAsync(T), T + Hour))["status"]!.ToString() == "ready",
            ["clock.deleted_still_retrievable"] = async api =>
            {
                var clock = await api.ClockAsync(T);
                await api.SendAsync(HttpMethod.Delete, $"/v1/test_helpers/test_clocks/{clock}");
                return (await api.GetAsync($"/v1/test_helpers/test_clocks/{clock}")).Status == 404;
            },
            ["clock.customer_limit_unchecked"] = async api =>
            {
                var clock = await api.ClockAsync(T);
                for (var i = 0; i < 3; i++)
                {
                    await api.CustomerAsync(clock);
                }

                return (await api.PostAsync("/v1/customers", $"test_clock={clock}")).Status == 400;
            },
            ["clock.grant_in_real_time"] = async api =>
            {
                var customer = await api.CustomerAsync(await api.ClockAsync(T));
                return (await api.GrantAsync(customer))["effective_at"]!.GetValue<long>() == T;
            },
            ["clock.grant_without_test_clock"] = async api =>
            {
                var clock = await api.ClockAsync(T);
                var grant = await api.GrantAsync(await api.CustomerAsync(clock));
                return grant["test_clock"]?.ToString() == clock;
            },
        };

    private const string MeteredScope =
        "filter[type]=applicability_scope&filter[applicability_scope][price_type]=metered";

    private static string Id(System.Text.Json.Nodes.JsonNode node) => node["id"]!.ToString();

    // A funded grant of a customer on no clock, then expired or voided: the available balance the grant leaves.
    private static async Task<long> AfterAsync(LedgerClient api, string transition)
    {
        var customer = await api.CustomerAsync();
        var grant = Id(await api.GrantAsync(customer));
        await api.PostAsync($"/v1/billing/credit_grants/{grant}/{transition}", "");
        return await api.AvailableForGrantAsync(customer, grant);
    }

    private static async Task<int> AdvanceStatusAsync(LedgerClient api, long by)
    {
        var clock = await api.ClockAsync(T);
        return (await api.PostAsync($"/v1/test_helpers/test_clocks/{clock}/advance", $"frozen_time={T + by}")).Status;
    }
}

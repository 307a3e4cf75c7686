using CreditGrantConformance.Client;
using CreditGrantConformance.Suite.Ledger;

namespace CreditGrantConformance.Checks.Ledger;

/// <summary>The summary's balances per currency, and its filters: by credit grant and by applicability scope.</summary>
public sealed partial class BalanceSummaryTests
{
    [Check("balance_summary.balances_per_currency", Provenance.Documented, Categories.State,
        "The balances hold one entry per credit grant currency: grants in usd and eur give one entry each, with each "
        + "currency's own value, never summed",
        Sources.BalanceSummaryObject, RequiresState = true)]
    public async Task Balances_are_kept_per_currency()
    {
        var customer = await CreateCustomerAsync();
        await CreateGrantForAsync(customer);
        await CreateGrantForAsync(customer, g => g.SetPath("amount[monetary][currency]", "eur"));
        await CreateGrantForAsync(customer, g => g.SetPath("amount[monetary][currency]", "eur"));

        var response = await ReadUntilAsync(SummaryQuery.ByPriceType(customer), "eur", 2 * Value);

        response.Should(
            Expect.Status(200),
            BalanceExpect.Currencies("usd", "eur"),
            BalanceExpect.Available("usd", Value),
            BalanceExpect.Available("eur", 2 * Value));
    }

    [Check("balance_summary.grant_filter_selects_that_grant", Provenance.Documented, Categories.State,
        "filter[type]=credit_grant with filter[credit_grant] gives the balance of that grant alone, not of the "
        + "customer's other grants",
        Sources.BalanceSummary, RequiresState = true)]
    public async Task The_grant_filter_selects_that_grant_alone()
    {
        var customer = await CreateCustomerAsync();
        var grant = await CreateGrantForAsync(customer, g => g.SetPath("amount[monetary][value]", 300));
        await CreateGrantForAsync(customer);

        var response = await ReadUntilAsync(SummaryQuery.ByGrant(customer, grant.Id()), "usd", 300);

        response.Should(
            Expect.Status(200),
            BalanceExpect.Available("usd", 300),
            BalanceExpect.LedgerBalance("usd", 300));
    }

    [Check("balance_summary.scope_filter_excludes_other_prices", Provenance.Documented, Categories.State,
        "filter[type]=applicability_scope with prices gives the balance of the grants that apply to those prices: a "
        + "grant scoped to another price is left out",
        Sources.BalanceSummary, RequiresState = true)]
    public async Task The_scope_filter_leaves_out_grants_of_other_prices()
    {
        var customer = await CreateCustomerAsync();
        await CreateGrantForAsync(customer, g => Scope(g, "price_conformance_a"));
        await CreateGrantForAsync(customer, g =>
        {
            Scope(g, "price_conformance_b");
            g.SetPath("amount[monetary][value]", 300);
        });

        var response = await ReadUntilAsync(SummaryQuery.ByPrices(customer, "price_conformance_a"), "usd", Value);

        response.Should(Expect.Status(200), BalanceExpect.Available("usd", Value));
    }

    private static void Scope(FormParams grant, string price)
    {
        grant.RemovePath("applicability_config[scope][price_type]");
        grant.SetPath(
            "applicability_config[scope][prices]",
            new List<object?> { new FormParams { ["id"] = price } });
    }

    // Reads the summary until the currency's available balance is the value (a target may take a moment), then
    // answers the last read for the check to judge.
    private Task<StripeResponse> ReadUntilAsync(FormParams query, string currency, long value) =>
        Polling.UntilAsync(
            () => Api.BalanceSummaryAsync(query),
            r => Balances.Available(r.Json, currency) == value,
            Polling.Timeout(Settings));
}

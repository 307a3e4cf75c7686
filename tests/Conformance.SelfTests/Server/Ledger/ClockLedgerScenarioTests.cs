using static CreditGrantConformance.SelfTests.Server.Ledger.LedgerClient;

namespace CreditGrantConformance.SelfTests.Server.Ledger;

/// <summary>
/// What a grant does on the clean reference server, through plain HTTP: a clock customer's grant funds the balance
/// when the clock passes its effective_at and leaves it when the clock passes its expires_at, with a credits_granted
/// and a credits_expired transaction.
/// </summary>
public sealed class ClockLedgerScenarioTests : LedgerFixture
{
    [Test]
    public async Task A_grant_on_a_clock_funds_the_balance_between_its_effective_and_expiry_times()
    {
        var (clock, customer) = await Api.ClockCustomerAsync();
        var grant = await Api.GrantAsync(customer, $"&effective_at={T + Hour}&expires_at={T + (2 * Hour)}");
        var id = grant["id"]!.ToString();

        var before = await Api.AvailableForGrantAsync(customer, id);
        var effective = await Api.AdvanceAsync(clock, T + Hour + 60);
        var during = await Api.AvailableForGrantAsync(customer, id);
        var expired = await Api.AdvanceAsync(clock, T + (2 * Hour) + 60);
        var after = await Api.AvailableForGrantAsync(customer, id);
        var transactions = await Api.TransactionsAsync(customer, id);

        Assert.Multiple(() =>
        {
            Assert.That(grant["test_clock"]!.ToString(), Is.EqualTo(clock));
            Assert.That(before, Is.Zero, "before effective_at");
            Assert.That(effective["status"]!.ToString(), Is.EqualTo("ready"));
            Assert.That(effective["frozen_time"]!.GetValue<long>(), Is.EqualTo(T + Hour + 60));
            Assert.That(during, Is.EqualTo(1000), "between effective_at and expires_at");
            Assert.That(expired["frozen_time"]!.GetValue<long>(), Is.EqualTo(T + (2 * Hour) + 60));
            Assert.That(after, Is.Zero, "after expires_at");
            Assert.That(
                transactions, Is.EqualTo(new[] { ("debit", "credits_expired"), ("credit", "credits_granted") }));
        });
    }

    [Test]
    public async Task An_advance_answers_advancing_with_its_target_and_a_second_advance_meanwhile_is_refused()
    {
        var clock = await Api.ClockAsync(T);

        var path = $"/v1/test_helpers/test_clocks/{clock}/advance";

        var (status, advancing) = await Api.PostAsync(path, $"frozen_time={T + 10}");
        var (again, refused) = await Api.PostAsync(path, $"frozen_time={T + 20}");

        Assert.Multiple(() =>
        {
            Assert.That(status, Is.EqualTo(200));
            Assert.That(advancing["status"]!.ToString(), Is.EqualTo("advancing"));
            Assert.That(advancing["frozen_time"]!.GetValue<long>(), Is.EqualTo(T));
            Assert.That(
                advancing["status_details"]!["advancing"]!["target_frozen_time"]!.GetValue<long>(),
                Is.EqualTo(T + 10));
            Assert.That(again, Is.EqualTo(400), refused.ToJsonString());
        });
    }

    [TestCase(0, TestName = "An advance to the current frozen_time is refused")]
    [TestCase(-1, TestName = "An advance backwards is refused")]
    [TestCase((2 * 366 * 24 * Hour) + 1, TestName = "An advance of more than two years is refused")]
    public async Task An_advance_out_of_range_is_refused_naming_frozen_time(long by)
    {
        var clock = await Api.ClockAsync(T);

        var (status, json) = await Api.PostAsync(
            $"/v1/test_helpers/test_clocks/{clock}/advance", $"frozen_time={T + by}");

        Assert.Multiple(() =>
        {
            Assert.That(status, Is.EqualTo(400));
            Assert.That(json["error"]!["param"]!.ToString(), Is.EqualTo("frozen_time"));
        });
    }

    [Test]
    public async Task A_clock_takes_three_customers_and_deleting_it_deletes_them()
    {
        var clock = await Api.ClockAsync(T);
        var first = await Api.CustomerAsync(clock);
        await Api.CustomerAsync(clock);
        await Api.CustomerAsync(clock);

        var (fourth, refused) = await Api.PostAsync("/v1/customers", $"test_clock={clock}");
        var (deleted, answer) = await Api.SendAsync(HttpMethod.Delete, $"/v1/test_helpers/test_clocks/{clock}");
        var (gone, _) = await Api.GetAsync($"/v1/test_helpers/test_clocks/{clock}");
        var (_, customer) = await Api.GetAsync($"/v1/customers/{first}");

        Assert.Multiple(() =>
        {
            Assert.That(fourth, Is.EqualTo(400));
            Assert.That(refused["error"]!["param"]!.ToString(), Is.EqualTo("test_clock"));
            Assert.That(deleted, Is.EqualTo(200));
            Assert.That(answer["deleted"]!.GetValue<bool>(), Is.True);
            Assert.That(gone, Is.EqualTo(404));
            Assert.That(customer["deleted"]!.GetValue<bool>(), Is.True);
        });
    }

    [Test]
    public async Task A_void_debits_what_remains_and_a_clock_customers_grant_defaults_to_the_clocks_time()
    {
        var (_, customer) = await Api.ClockCustomerAsync();
        var grant = await Api.GrantAsync(customer, "&expand[]=test_clock");
        var id = grant["id"]!.ToString();

        var funded = await Api.AvailableForGrantAsync(customer, id);
        await Api.PostAsync($"/v1/billing/credit_grants/{id}/void", "");
        var voided = await Api.AvailableForGrantAsync(customer, id);
        var transactions = await Api.TransactionsAsync(customer, id);

        Assert.Multiple(() =>
        {
            Assert.That(grant["effective_at"]!.GetValue<long>(), Is.EqualTo(T));
            Assert.That(grant["test_clock"]!["object"]!.ToString(), Is.EqualTo("test_helpers.test_clock"));
            Assert.That(funded, Is.EqualTo(1000));
            Assert.That(voided, Is.Zero);
            Assert.That(transactions, Is.EqualTo(new[] { ("debit", "credits_voided"), ("credit", "credits_granted") }));
        });
    }

    [Test]
    public async Task Balances_are_kept_per_currency_and_the_scope_filter_leaves_out_other_prices()
    {
        var customer = await Api.CustomerAsync();
        await Api.GrantAsync(customer, value: 100, currency: "usd");
        await Api.GrantAsync(customer, value: 7, currency: "eur");
        var (status, _) = await Api.PostAsync(
            "/v1/billing/credit_grants",
            "amount[type]=monetary&amount[monetary][currency]=usd&amount[monetary][value]=50"
            + $"&applicability_config[scope][prices][0][id]=price_a&customer={customer}");

        var byType = await Api.AvailableAsync(
            customer, "filter[type]=applicability_scope&filter[applicability_scope][price_type]=metered");
        var byOtherPrice = await Api.AvailableAsync(
            customer, "filter[type]=applicability_scope&filter[applicability_scope][prices][0][id]=price_b");
        var byItsPrice = await Api.AvailableAsync(
            customer, "filter[type]=applicability_scope&filter[applicability_scope][prices][0][id]=price_a");

        Assert.Multiple(() =>
        {
            Assert.That(status, Is.EqualTo(200));
            Assert.That(byType, Is.EquivalentTo(new Dictionary<string, long> { ["usd"] = 100, ["eur"] = 7 }));
            Assert.That(byOtherPrice["usd"], Is.EqualTo(100), "the metered grant covers every metered price");
            Assert.That(byItsPrice["usd"], Is.EqualTo(150));
        });
    }

    [TestCase("", "filter")]
    [TestCase("filter[credit_grant]=credgr_test_x", "filter[type]")]
    [TestCase("filter[type]=everything", "filter[type]")]
    [TestCase("filter[type]=credit_grant&filter[credit_grant]=credgr_test_nosuch", "filter[credit_grant]")]
    [TestCase(
        "filter[type]=applicability_scope&filter[applicability_scope][price_type]=metered"
        + "&filter[applicability_scope][prices][0][id]=price_a",
        "filter[applicability_scope]")]
    [TestCase("filter[type]=credit_grant&filter[credit_grant]=credgr_test_x&colour=blue", "colour")]
    public async Task A_summary_request_Stripe_refuses_is_a_400_naming_the_param(string query, string param)
    {
        var customer = await Api.CustomerAsync();

        var (status, json) = await Api.GetAsync($"/v1/billing/credit_balance_summary?customer={customer}&{query}");

        Assert.Multiple(() =>
        {
            Assert.That(status, Is.EqualTo(400), json.ToJsonString());
            Assert.That(json["error"]!["param"]?.ToString(), Is.EqualTo(param));
        });
    }

    [Test]
    public async Task Twenty_one_prices_are_refused_and_twenty_accepted()
    {
        var customer = await Api.CustomerAsync();
        string Prices(int n) => string.Concat(
            Enumerable.Range(0, n).Select(i => $"&filter[applicability_scope][prices][{i}][id]=price_{i}"));

        var (twenty, _) = await Api.GetAsync(
            $"/v1/billing/credit_balance_summary?customer={customer}&filter[type]=applicability_scope{Prices(20)}");
        var (twentyOne, json) = await Api.GetAsync(
            $"/v1/billing/credit_balance_summary?customer={customer}&filter[type]=applicability_scope{Prices(21)}");

        Assert.Multiple(() =>
        {
            Assert.That(twenty, Is.EqualTo(200));
            Assert.That(twentyOne, Is.EqualTo(400));
            Assert.That(json["error"]!["param"]!.ToString(), Is.EqualTo("filter[applicability_scope][prices]"));
        });
    }

    [Test]
    public async Task Transactions_retrieve_by_id_and_unknown_ids_are_404()
    {
        var customer = await Api.CustomerAsync();
        var grant = (await Api.GrantAsync(customer))["id"]!.ToString();
        var (_, list) = await Api.GetAsync($"/v1/billing/credit_balance_transactions?customer={customer}");
        var id = list["data"]![0]!["id"]!.ToString();

        var (status, transaction) = await Api.GetAsync(
            $"/v1/billing/credit_balance_transactions/{id}?expand[]=credit_grant");
        var (missing, _) = await Api.GetAsync("/v1/billing/credit_balance_transactions/cbtxn_test_nosuch");
        var (clock, _) = await Api.GetAsync("/v1/test_helpers/test_clocks/clock_nosuch");

        Assert.Multiple(() =>
        {
            Assert.That(id, Does.StartWith("cbtxn_test_"));
            Assert.That(status, Is.EqualTo(200));
            Assert.That(transaction["credit_grant"]!["id"]!.ToString(), Is.EqualTo(grant));
            Assert.That(missing, Is.EqualTo(404));
            Assert.That(clock, Is.EqualTo(404));
        });
    }
}

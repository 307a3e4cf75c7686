using CreditGrantConformance.Suite.Schemas;
using static CreditGrantConformance.SelfTests.Server.Ledger.LedgerClient;

namespace CreditGrantConformance.SelfTests.Server.Ledger;

/// <summary>
/// The reference server's clocks, summaries and transactions match the schemas written from Stripe's OpenAPI spec,
/// with no field the spec does not know.
/// </summary>
public sealed class LedgerSchemaAgreementTests : LedgerFixture
{
    [Test]
    public async Task Every_answer_of_the_clock_and_ledger_operations_matches_its_schema()
    {
        var (clock, customer) = await Api.ClockCustomerAsync();
        var grant = (await Api.GrantAsync(customer, $"&expires_at={T + Hour}&expand[]=test_clock"))["id"]!.ToString();
        var advancing = (await Api.PostAsync(
            $"/v1/test_helpers/test_clocks/{clock}/advance", $"frozen_time={T + 60}")).Json;
        await Api.ReadyAsync(clock, 3000);
        await Api.AdvanceAsync(clock, T + (2 * Hour));
        var transactions = (await Api.GetAsync(
            $"/v1/billing/credit_balance_transactions?customer={customer}&expand[]=data.credit_grant")).Json;
        var transaction = transactions["data"]![0]!["id"]!.ToString();

        var answers = new (SchemaKind Kind, string Path)[]
        {
            (SchemaKind.TestClock, $"/v1/test_helpers/test_clocks/{clock}"),
            (SchemaKind.TestClockList, "/v1/test_helpers/test_clocks?limit=3"),
            (SchemaKind.Customer, $"/v1/customers/{customer}"),
            (SchemaKind.CreditGrant, $"/v1/billing/credit_grants/{grant}?expand[]=test_clock&expand[]=customer"),
            (SchemaKind.CreditGrantList, $"/v1/billing/credit_grants?customer={customer}&expand[]=data.test_clock"),
            (SchemaKind.CreditBalanceSummary,
                $"/v1/billing/credit_balance_summary?customer={customer}&expand[]=customer"
                + $"&filter[type]=credit_grant&filter[credit_grant]={grant}"),
            (SchemaKind.CreditBalanceTransactionList, $"/v1/billing/credit_balance_transactions?customer={customer}"),
            (SchemaKind.CreditBalanceTransaction,
                $"/v1/billing/credit_balance_transactions/{transaction}?expand[]=test_clock"),
        };
        var bodies = new List<(SchemaKind Kind, string Json)> { (SchemaKind.TestClock, advancing.ToJsonString()) };
        foreach (var (kind, path) in answers)
        {
            bodies.Add((kind, (await Api.GetAsync(path)).Json.ToJsonString()));
        }

        bodies.Add((SchemaKind.CreditBalanceTransactionList, transactions.ToJsonString()));
        var deleted = await Api.SendAsync(HttpMethod.Delete, $"/v1/test_helpers/test_clocks/{clock}");
        bodies.Add((SchemaKind.DeletedTestClock, deleted.Json.ToJsonString()));

        Assert.Multiple(() =>
        {
            foreach (var (kind, json) in bodies)
            {
                var report = SchemaCatalog.Default.Validate(kind, json);
                Assert.That(report.Violations, Is.Empty, $"{kind}: {json}");
                Assert.That(report.UnknownFields, Is.Empty, $"{kind}: {json}");
            }
        });
    }
}

using System.Text.Json.Nodes;
using CreditGrantConformance.Operations;
using CreditGrantConformance.ReferenceServer.CreditGrants;
using CreditGrantConformance.ReferenceServer.Customers;
using CreditGrantConformance.ReferenceServer.Infrastructure;
using CreditGrantConformance.ReferenceServer.TestClocks;

namespace CreditGrantConformance.ReferenceServer.Ledger;

/// <summary>
/// billing.credit_balance_summary, billing.credit_balance_transaction and its list, every field written as the API
/// reference shows them (credit or debit null by type, the invoice details null: nothing is applied to invoices here).
/// </summary>
public sealed class LedgerJson(CreditGrantJson grants, CustomerStore customers, ITestClockStore clocks)
{
    public JsonObject WriteSummary(SummaryQuery query, IReadOnlyList<Balance> balances, bool expandCustomer) => new()
    {
        ["object"] = "billing.credit_balance_summary",
        ["balances"] = new JsonArray(balances.Select(b => (JsonNode?)new JsonObject
        {
            ["available_balance"] = Amount(b.Currency, b.Available),
            ["ledger_balance"] = Amount(b.Currency, b.Ledger),
        }).ToArray()),
        ["customer"] = expandCustomer && customers.Find(query.Customer) is { } customer
            ? CustomerJson.Write(customer)
            : query.Customer,
        ["customer_account"] = query.CustomerAccount,
        ["livemode"] = false,
    };

    public JsonObject Write(LedgerEntry entry, IReadOnlyCollection<string> expand) => new()
    {
        ["id"] = entry.Id,
        ["object"] = "billing.credit_balance_transaction",
        ["created"] = entry.Created,
        ["credit"] = entry.IsCredit
            ? new JsonObject
            {
                ["amount"] = Amount(entry.Amount.Currency, entry.Amount.Value),
                ["credits_application_invoice_voided"] = null,
                ["type"] = entry.TypeName,
            }
            : null,
        ["credit_grant"] = expand.Contains("credit_grant") ? grants.Write(entry.Grant, false) : entry.Grant.Id,
        ["debit"] = entry.IsCredit
            ? null
            : new JsonObject
            {
                ["amount"] = Amount(entry.Amount.Currency, entry.Amount.Value),
                ["credits_applied"] = null,
                ["type"] = entry.TypeName,
            },
        ["effective_at"] = entry.EffectiveAt,
        ["livemode"] = false,
        ["test_clock"] = expand.Contains("test_clock") && entry.Grant.TestClock is { } id && clocks.Find(id) is { } c
            ? (c.Deleted ? TestClockJson.WriteDeleted(c) : TestClockJson.Write(c))
            : entry.Grant.TestClock,
        ["type"] = entry.IsCredit ? "credit" : "debit",
    };

    public JsonObject WriteList(Page<LedgerEntry> page, IReadOnlyCollection<string> expand) => new()
    {
        ["object"] = "list",
        ["data"] = new JsonArray(page.Items.Select(e => (JsonNode?)Write(e, expand)).ToArray()),
        ["has_more"] = page.HasMore,
        ["url"] = ApiOperation.ListBalanceTransactions.PathTemplate,
    };

    private static JsonObject Amount(string currency, long value) => new()
    {
        ["monetary"] = new JsonObject { ["currency"] = currency, ["value"] = value },
        ["type"] = "monetary",
    };
}

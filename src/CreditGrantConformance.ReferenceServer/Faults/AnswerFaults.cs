using System.Text.Json.Nodes;
using CreditGrantConformance.Operations;
using static CreditGrantConformance.ReferenceServer.Faults.Fault;

namespace CreditGrantConformance.ReferenceServer.Faults;

/// <summary>
/// Faults in what test clocks, customers, the summary and its transactions answer, part of
/// <see cref="FaultCatalogue.All"/>: each changes one field of one operation's answers at the response seam, so a check
/// of that field (and few others) must catch it.
/// </summary>
public static class AnswerFaults
{
    public static IReadOnlyList<Fault> All { get; } =
    [
        new("clock.created_frozen_time_shifted", ApiOperation.CreateTestClock.Label, "wrong field value",
            "a new test clock answers a frozen_time a second after the one asked for",
            Answer(ApiOperation.CreateTestClock, b => b["frozen_time"] = b["frozen_time"]!.GetValue<long>() + 1)),
        new("clock.retrieve_other_id", ApiOperation.RetrieveTestClock.Label, "wrong field value",
            "retrieving a test clock answers another id and drops deletes_after",
            Answer(ApiOperation.RetrieveTestClock, b =>
            {
                b["id"] = b["id"] + "x";
                b.Remove("deletes_after");
            })),
        new("clock.delete_without_deleted", ApiOperation.DeleteTestClock.Label, "wrong field value",
            "deleting a test clock answers without deleted",
            Answer(ApiOperation.DeleteTestClock, b => b.Remove("deleted"))),
        new("clock.advance_without_target", ApiOperation.AdvanceTestClock.Label, "wrong field value",
            "an advance answers empty status_details, without the target it advances towards",
            Answer(ApiOperation.AdvanceTestClock, b => b["status_details"] = new JsonObject())),
        new("clock.list_misses_newest", ApiOperation.ListTestClocks.Label, "wrong field value",
            "the test clock list leaves out the newest clock and answers another url",
            Answer(ApiOperation.ListTestClocks, b =>
            {
                b["url"] = ApiOperation.CreateCustomer.CollectionPath;
                if (b["data"] is JsonArray { Count: > 0 } data)
                {
                    data.RemoveAt(0);
                }
            })),
        new("clock.create_object_wrong", ApiOperation.CreateTestClock.Label, "wrong field value",
            "a new test clock answers object test_clock, without deletes_after",
            Answer(ApiOperation.CreateTestClock, b =>
            {
                b["object"] = "test_clock";
                b.Remove("deletes_after");
            })),
        new("customer.test_clock_dropped", ApiOperation.RetrieveCustomer.Label, "wrong field value",
            "a clock's customer retrieves with test_clock null",
            Answer(ApiOperation.RetrieveCustomer, b =>
            {
                if (b.ContainsKey("test_clock"))
                {
                    b["test_clock"] = null;
                }
            })),
        new("customer.deleted_answers_not_deleted", ApiOperation.RetrieveCustomer.Label, "wrong field value",
            "a deleted customer retrieves with deleted false",
            Answer(ApiOperation.RetrieveCustomer, b =>
            {
                if (b.ContainsKey("deleted"))
                {
                    b["deleted"] = false;
                }
            })),
        new("customer.delete_answers_not_deleted", ApiOperation.DeleteCustomer.Label, "wrong field value",
            "deleting a customer answers deleted false",
            Answer(ApiOperation.DeleteCustomer, b => b["deleted"] = false)),
        new("summary.object_wrong", ApiOperation.RetrieveBalanceSummary.Label, "wrong field value",
            "the summary answers object billing.credit_balance",
            Answer(ApiOperation.RetrieveBalanceSummary, b => b["object"] = "billing.credit_balance")),
        new("summary.ledger_below_available", ApiOperation.RetrieveBalanceSummary.Label, "wrong field value",
            "the summary answers a ledger balance one below the available balance",
            Answer(ApiOperation.RetrieveBalanceSummary, b =>
            {
                foreach (var entry in (b["balances"] as JsonArray ?? new JsonArray()).OfType<JsonObject>())
                {
                    var available = entry["available_balance"]?["monetary"]?["value"]?.GetValue<long>() ?? 0;
                    if (available > 0 && entry["ledger_balance"]?["monetary"] is JsonObject ledger)
                    {
                        ledger["value"] = available - 1;
                    }
                }
            })),
        new("transactions.list_url_wrong", ApiOperation.ListBalanceTransactions.Label, "wrong field value",
            "the transaction list answers the url of the summary",
            Answer(
                ApiOperation.ListBalanceTransactions,
                b => b["url"] = ApiOperation.RetrieveBalanceSummary.PathTemplate)),
        new("transactions.has_more_always_false", ApiOperation.ListBalanceTransactions.Label, "pagination",
            "the transaction list answers has_more false on every page",
            Answer(ApiOperation.ListBalanceTransactions, b => b["has_more"] = false)),
        new("transactions.granted_as_other_kind", ApiOperation.ListBalanceTransactions.Label, "wrong field value",
            "a credits_granted credit is listed as credits_application_invoice_voided",
            Answer(ApiOperation.ListBalanceTransactions, b =>
            {
                var data = b["data"] as JsonArray ?? new JsonArray();
                foreach (var credit in data.Select(t => t?["credit"]).OfType<JsonObject>())
                {
                    credit["type"] = "credits_application_invoice_voided";
                }
            })),
        new("transactions.retrieve_differs", ApiOperation.RetrieveBalanceTransaction.Label, "wrong field value",
            "a retrieved transaction answers effective_at a second later and credit_grant never expanded",
            Answer(ApiOperation.RetrieveBalanceTransaction, b =>
            {
                b["effective_at"] = b["effective_at"]!.GetValue<long>() + 1;
                if (b["credit_grant"] is JsonObject grant)
                {
                    b["credit_grant"] = grant["id"]!.GetValue<string>();
                }
            })),
    ];

    // Changes the successful answers of one operation; errors pass unchanged.
    internal static FaultSeam Answer(ApiOperation operation, Action<JsonObject> change) =>
        MutateResponse((name, body) =>
        {
            if (name == operation.Label && !body.ContainsKey("error"))
            {
                change(body);
            }

            return body;
        });
}

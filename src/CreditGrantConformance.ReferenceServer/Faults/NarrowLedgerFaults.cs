using CreditGrantConformance.Operations;
using CreditGrantConformance.ReferenceServer.CreditGrants;
using CreditGrantConformance.ReferenceServer.Customers;
using CreditGrantConformance.ReferenceServer.Faults.Seams;
using CreditGrantConformance.ReferenceServer.Infrastructure;
using CreditGrantConformance.ReferenceServer.Ledger;
using CreditGrantConformance.ReferenceServer.TestClocks;
using static CreditGrantConformance.ReferenceServer.Faults.AnswerFaults;
using static CreditGrantConformance.ReferenceServer.Faults.Fault;

namespace CreditGrantConformance.ReferenceServer.Faults;

/// <summary>
/// Narrow faults of the refusals, unknown ids, answers and paging of every operation, part of
/// <see cref="FaultCatalogue.All"/>: each switches off one rule in one or a few operations, or changes one operation's
/// answer, so the handful of checks named for it (and no others) must catch it.
/// </summary>
public static class NarrowLedgerFaults
{
    private static readonly string Summary = ApiOperation.RetrieveBalanceSummary.Label;
    private static readonly string Transactions = ApiOperation.ListBalanceTransactions.Label;

    public static IReadOnlyList<Fault> All { get; } =
    [
        new("summary.filter_unchecked", Summary, "validation not enforced",
            "the summary answers without a filter, without filter[type] or with an unknown filter[type]",
            DisableRules(Summary, SummaryRules.FilterRequired, SummaryRules.TypeRequired, SummaryRules.TypeEnum)),
        new("summary.scope_limits_unchecked", Summary, "validation not enforced",
            "the summary's scope filter takes both price_type and prices, and more than 20 prices",
            DisableRules(Summary, SummaryRules.ScopeExclusive, SummaryRules.PricesLimit)),
        new("ledger.customer_not_required", Summary + "/" + Transactions, "validation not enforced",
            "the summary and the transaction list answer without a customer",
            DisableRule(LedgerRules.CustomerRequired)),
        new("summary.unknown_grant_accepted", Summary, "validation not enforced",
            "the summary filtered by a credit grant that does not exist answers an empty summary",
            DisableRule(LedgerRules.GrantExists, Summary)),
        new("params.unknown_accepted_on_ledger", Summary + "/" + Transactions, "validation not enforced",
            "unknown parameters of the summary and the transaction list are ignored instead of refused",
            DisableRuleIn(
                ParamRules.KnownParameters,
                Summary,
                Transactions)),
        new("params.unknown_accepted_on_clocks", "test_clock_create/advance/list", "validation not enforced",
            "unknown parameters of test clock create, advance and list are ignored instead of refused",
            DisableRuleIn(
                ParamRules.KnownParameters,
                ApiOperation.CreateTestClock.Label,
                ApiOperation.AdvanceTestClock.Label,
                ApiOperation.ListTestClocks.Label)),
        new("customer.unknown_clock_accepted", ApiOperation.CreateCustomer.Label, "validation not enforced",
            "a customer is created on a test clock that does not exist",
            DisableRule(CustomerRules.ClockExists)),
        new("customer.unknown_id_api_error", "customer_retrieve/delete, balance_transaction_retrieve", "error format",
            "an unknown customer or credit balance transaction is reported as api_error",
            MutateErrors(
                NarrowMutations.MissingAsApiError,
                ApiOperation.RetrieveCustomer.Label,
                ApiOperation.DeleteCustomer.Label,
                ApiOperation.RetrieveBalanceTransaction.Label)),
        new("clock.unknown_id_api_error", "test_clock_retrieve/delete/advance", "error format",
            "an unknown test clock is reported as api_error",
            MutateErrors(
                NarrowMutations.MissingAsApiError,
                ApiOperation.RetrieveTestClock.Label,
                ApiOperation.DeleteTestClock.Label,
                ApiOperation.AdvanceTestClock.Label)),
        new("create.missing_reported_invalid", "create", "error format",
            "a create missing a required parameter is refused with code parameter_invalid",
            MutateErrors(Mutations.MissingAsInvalid, ApiOperation.Create.Label)),
        new("clock.missing_reported_invalid", "test_clock_create/advance", "error format",
            "a test clock create or advance without frozen_time is refused with code parameter_invalid",
            MutateErrors(
                Mutations.MissingAsInvalid, ApiOperation.CreateTestClock.Label, ApiOperation.AdvanceTestClock.Label)),
        new("headers.ledger_answers_as_text", "balance_summary/balance_transaction_list/test_clock_create", "headers",
            "successful answers of the summary, the transaction list and test clock create are labelled text/plain",
            ChangeHeaders(
                r => r.StatusCode == 200 && EndpointOperation.Of(r.HttpContext) is { } operation
                    && (operation == Summary || operation == Transactions
                        || operation == ApiOperation.CreateTestClock.Label),
                r => r.ContentType = "text/plain")),
        new("clock.undocumented_field", "test_clock_create/retrieve", "shape",
            "test clock create and retrieve answers carry a field the API does not have",
            Combine(
                Answer(ApiOperation.CreateTestClock, NarrowMutations.UndocumentedField),
                Answer(ApiOperation.RetrieveTestClock, NarrowMutations.UndocumentedField))),
        new("ledger.undocumented_field", "balance_summary/balance_transaction_list/retrieve", "shape",
            "the summary and the transaction list and retrieve answers carry a field the API does not have",
            Combine(
                Answer(ApiOperation.RetrieveBalanceSummary, NarrowMutations.UndocumentedField),
                Answer(ApiOperation.ListBalanceTransactions, NarrowMutations.UndocumentedField),
                Answer(ApiOperation.RetrieveBalanceTransaction, NarrowMutations.UndocumentedField))),
        new("void.undocumented_field", "void", "shape",
            "void answers carry a field the API does not have",
            MutateGrants(NarrowMutations.UndocumentedField, ApiOperation.Void.Label)),
        new("void.answers_voided_at_an_hour_early", "void", "timestamps",
            "the void answer shows voided_at an hour before the time of the request (the grant keeps the right one)",
            MutateGrants(g => g["voided_at"] = g["voided_at"]!.GetValue<long>() - 3600, ApiOperation.Void.Label)),
        new("create.expires_at_not_echoed", "create", "wrong field value",
            "the create answer shows expires_at null (the grant keeps the one sent)",
            MutateGrants(g => g["expires_at"] = null, ApiOperation.Create.Label)),
        new("clock.retrieve_other_id_only", ApiOperation.RetrieveTestClock.Label, "wrong field value",
            "retrieving a test clock answers another id",
            Answer(ApiOperation.RetrieveTestClock, b => b["id"] = b["id"] + "x")),
        new("clock.later_advances_stall", ApiOperation.AdvanceTestClock.Label, "state",
            "a clock advanced once ignores later advances: each completes at the time the clock already had",
            DecorateService<ITestClockStore>(s => new LaterAdvancesStall(s))),
        new("clock.delete_keeps_customers", ApiOperation.DeleteTestClock.Label, "state",
            "deleting a test clock leaves its customers alive",
            DecorateService<IClockDeletion>(_ => new CustomersOutliveTheirClock())),
        new("idempotency.refusal_keeps_key", "idempotency", "idempotency",
            "a refused request keeps its key: the same key sent again with the request fixed is refused",
            DecorateIdempotency(s => new RefusalsKeepTheirKeys(s))),
        new("list.cursor_at_the_ends_included", "list", "pagination",
            "starting_after the newest or the oldest grant answers a page that starts with that grant",
            DecoratePaging(p => new ViewChanged(p, grants => new CursorAtTheEndsIncluded(grants)))),
        new("list.first_page_of_100_has_more", "list", "pagination",
            "a first page asked with limit=100 answers has_more true",
            DecoratePaging(p => new PageChanged(p, (q, page) =>
                q is { Limit: 100, StartingAfter: null, EndingBefore: null } ? page with { HasMore = true } : page))),
        new("list.default_limit_0", "list", "wrong default",
            "a list asked without limit answers an empty page",
            SwapLimit(ListRules.LimitDefault, 0, ApiOperation.List.Label)),
        new("transactions.ending_before_forward", Transactions, "pagination",
            "ending_before on the transaction list pages forward like starting_after",
            DecorateService<ITransactionPaging>(p => new TransactionsRead(
                p,
                q => q.Page.EndingBefore is { } cursor
                    ? q with { Page = q.Page with { StartingAfter = cursor, EndingBefore = null } }
                    : q,
                e => e))),
    ];
}

using CreditGrantConformance.ReferenceServer.Customers;
using CreditGrantConformance.ReferenceServer.Faults.Seams;
using CreditGrantConformance.ReferenceServer.Ledger;
using CreditGrantConformance.ReferenceServer.TestClocks;
using static CreditGrantConformance.ReferenceServer.Faults.Fault;

namespace CreditGrantConformance.ReferenceServer.Faults;

/// <summary>
/// The faults of what grants do, part of <see cref="FaultCatalogue.All"/>: the ledger, the summary, the transaction
/// list and the test clocks grants live by. Each breaks one rule at a seam (the grant history, the summary, the
/// transaction paging, the clock store, the customer's time, a rule).
/// </summary>
public static class LedgerFaults
{
    public static IReadOnlyList<Fault> All { get; } =
    [
        new("ledger.future_grant_counted_early", "balance_summary", "ledger",
            "a grant effective in the future funds the balance from its creation",
            DecorateService<IGrantHistory>(h => new HistoryOfChangedGrant(
                h, g => g.EffectiveAt > g.Created ? g with { EffectiveAt = g.Created } : g))),
        new("ledger.expired_still_available", "balance_summary", "ledger",
            "an expired grant's credits stay in the balance: no credits_expired debit is written",
            DecorateService<IGrantHistory>(h => new HistoryOfChangedGrant(h, g => g with { ExpiresAt = null }))),
        new("ledger.void_keeps_credit", "balance_summary", "ledger",
            "a voided grant's credits stay in the balance: no credits_voided debit is written",
            DecorateService<IGrantHistory>(h => new HistoryOfChangedGrant(h, g => g with { VoidedAt = null }))),
        new("ledger.debit_written_twice", "balance_summary", "ledger",
            "every expiry or void debit is written twice",
            DecorateService<IGrantHistory>(h => new DebitsTwice(h))),
        new("summary.currencies_summed", "balance_summary", "summary",
            "the balances of all currencies are added into one entry",
            DecorateService<IBalanceSummary>(s => new SummaryChanged(s, SummaryChanged.CurrenciesSummed))),
        new("summary.grant_filter_ignored", "balance_summary", "filters",
            "filter[credit_grant] is ignored: the summary counts every grant of the customer",
            DecorateService<IBalanceSummary>(s => new SummaryQueryRewritten(s, q => q.Filter.Type == "credit_grant"
                ? SummaryQueryRewritten.Unfiltered(q)
                : q))),
        new("summary.scope_filter_ignored", "balance_summary", "filters",
            "filter[applicability_scope] is ignored: the summary counts grants scoped to other prices",
            DecorateService<IBalanceSummary>(s => new SummaryQueryRewritten(s, q => q.Filter.Type == "credit_grant"
                ? q
                : SummaryQueryRewritten.Unfiltered(q)))),
        new("transactions.oldest_first", "balance_transaction_list", "ordering",
            "credit balance transactions are listed oldest first",
            DecorateService<ITransactionPaging>(p => new TransactionsRead(p, q => q, e => e.Reverse().ToList()))),
        new("transactions.grant_filter_ignored", "balance_transaction_list", "filters",
            "the credit_grant filter of the transaction list is ignored",
            DecorateService<ITransactionPaging>(
                p => new TransactionsRead(p, q => q with { CreditGrant = null }, e => e))),
        new("clock.advances_backwards", "test_clock_advance", "validation not enforced",
            "a frozen_time at or before the clock's current one is accepted, and the clock moves back to it",
            DisableRule(TestClockRules.AfterCurrent)),
        new("clock.two_year_limit_unchecked", "test_clock_advance", "validation not enforced",
            "a clock with no subscriptions advances more than two years at once",
            DisableRule(TestClockRules.WithinTwoYears)),
        new("clock.never_ready", "test_clock_advance", "state",
            "an advance never completes: the clock stays advancing at its old frozen_time",
            DecorateService<ITestClockStore>(s => new AdvancesNeverComplete(s))),
        new("clock.deleted_still_retrievable", "test_clock_retrieve", "state",
            "a deleted clock is still answered by retrieve",
            DecorateService<ITestClockStore>(s => new DeletedClocksFound(s))),
        new("clock.customer_limit_unchecked", "customer_create", "validation not enforced",
            "a test clock takes a fourth customer",
            DisableRule(CustomerRules.CustomersPerClock)),
        new("clock.grant_in_real_time", "create", "time",
            "a clock customer's grant is created, expired and voided in real time, not in its clock's time",
            DecorateService<ICustomerTime>(t => new RealTimeForGrants(t, TimeProvider.System))),
        new("clock.grant_without_test_clock", "all", "wrong field value",
            "a clock customer's grant answers test_clock null",
            MutateGrants(g => g["test_clock"] = null)),
    ];
}

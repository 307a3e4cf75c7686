using CreditGrantConformance.Client;
using CreditGrantConformance.Operations;

namespace CreditGrantConformance.Suite.Http;

/// <summary>
/// What a grant does, as one check sends it: customers (a clock's among them), test clocks, the credit balance summary
/// and its transactions. Each call is its operation's descriptor, like every other.
/// </summary>
public sealed partial class CreditGrantApi
{
    public Task<StripeResponse> RetrieveCustomerAsync(string id) =>
        SendAsync(ApiOperation.RetrieveCustomer, id, null, null);

    public Task<StripeResponse> ListCustomersAsync(FormParams query) =>
        SendAsync(ApiOperation.ListCustomers, null, query, null);

    public Task<StripeResponse> CreateTestClockAsync(FormParams parameters) =>
        SendAsync(ApiOperation.CreateTestClock, null, parameters, null);

    public Task<StripeResponse> RetrieveTestClockAsync(string id) =>
        SendAsync(ApiOperation.RetrieveTestClock, id, null, null);

    public Task<StripeResponse> ListTestClocksAsync(FormParams? query = null) =>
        SendAsync(ApiOperation.ListTestClocks, null, query, null);

    public Task<StripeResponse> DeleteTestClockAsync(string id) =>
        SendAsync(ApiOperation.DeleteTestClock, id, null, null);

    public Task<StripeResponse> AdvanceTestClockAsync(string id, long frozenTime) =>
        SendAsync(ApiOperation.AdvanceTestClock, id, new FormParams { ["frozen_time"] = frozenTime }, null);

    public Task<StripeResponse> BalanceSummaryAsync(FormParams query) =>
        SendAsync(ApiOperation.RetrieveBalanceSummary, null, query, null);

    public Task<StripeResponse> BalanceTransactionsAsync(FormParams query) =>
        SendAsync(ApiOperation.ListBalanceTransactions, null, query, null);

    public Task<StripeResponse> RetrieveBalanceTransactionAsync(string id, FormParams? query = null) =>
        SendAsync(ApiOperation.RetrieveBalanceTransaction, id, query, null);
}

using System.Text.Json.Nodes;
using Stripe;

namespace StripeNetDriver;

/// <summary>
/// Each operation of docs/driver-protocol.md as the typed call of its Stripe.net service, with its options built
/// from the call's JSON parameters. A list's <c>_all</c> walks every page with the SDK's own auto-paging.
/// </summary>
internal static partial class Calls
{
    private delegate Task<JsonObject> Call(Clients.Target target, DriverRequest request, RequestOptions options);

    private static readonly Dictionary<string, Call> Table = new(StringComparer.Ordinal)
    {
        ["credit_grants.list"] = One((s, r, o) =>
            s.Billing.CreditGrants.ListAsync(GrantOptions.List.Build(r.Params), o)),
        ["credit_grants.list_all"] = All((s, r, o) =>
            s.Billing.CreditGrants.ListAutoPagingAsync(GrantOptions.List.Build(r.Params), o)),
        ["credit_grants.create"] = One((s, r, o) =>
            s.Billing.CreditGrants.CreateAsync(GrantOptions.Create.Build(r.Params), o)),
        ["credit_grants.retrieve"] = One((s, r, o) =>
            s.Billing.CreditGrants.GetAsync(r.Id, GrantOptions.Get.Build(r.Params), o)),
        ["credit_grants.update"] = One((s, r, o) =>
            s.Billing.CreditGrants.UpdateAsync(r.Id, GrantOptions.Update.Build(r.Params), o)),
        ["credit_grants.expire"] = One((s, r, o) =>
            s.Billing.CreditGrants.ExpireAsync(r.Id, GrantOptions.Expire.Build(r.Params), o)),
        ["credit_grants.void"] = One((s, r, o) =>
            s.Billing.CreditGrants.VoidGrantAsync(r.Id, GrantOptions.Void.Build(r.Params), o)),
        ["customers.create"] = One((s, r, o) =>
            s.Customers.CreateAsync(ClockOptions.CreateCustomer.Build(r.Params), o)),
        ["customers.retrieve"] = One((s, r, o) =>
            s.Customers.GetAsync(r.Id, ClockOptions.GetCustomer.Build(r.Params), o)),
        ["customers.delete"] = One((s, r, o) =>
            s.Customers.DeleteAsync(r.Id, ClockOptions.DeleteCustomer.Build(r.Params), o)),
        ["customers.list"] = One((s, r, o) =>
            s.Customers.ListAsync(ClockOptions.ListCustomers.Build(r.Params), o)),
        ["customers.list_all"] = All((s, r, o) =>
            s.Customers.ListAutoPagingAsync(ClockOptions.ListCustomers.Build(r.Params), o)),
        ["test_clocks.create"] = One((s, r, o) =>
            s.TestHelpers.TestClocks.CreateAsync(ClockOptions.Create.Build(r.Params), o)),
        ["test_clocks.retrieve"] = One((s, r, o) =>
            s.TestHelpers.TestClocks.GetAsync(r.Id, ClockOptions.Get.Build(r.Params), o)),
        ["test_clocks.list"] = One((s, r, o) =>
            s.TestHelpers.TestClocks.ListAsync(ClockOptions.List.Build(r.Params), o)),
        ["test_clocks.list_all"] = All((s, r, o) =>
            s.TestHelpers.TestClocks.ListAutoPagingAsync(ClockOptions.List.Build(r.Params), o)),
        ["test_clocks.delete"] = One((s, r, o) =>
            s.TestHelpers.TestClocks.DeleteAsync(r.Id, ClockOptions.Delete.Build(r.Params), o)),
        ["test_clocks.advance"] = One((s, r, o) =>
            s.TestHelpers.TestClocks.AdvanceAsync(r.Id, ClockOptions.Advance.Build(r.Params), o)),
        ["credit_balance_summary.retrieve"] = One((s, r, o) =>
            s.Billing.CreditBalanceSummary.GetAsync(LedgerOptions.Summary.Build(r.Params), o)),
        ["credit_balance_transactions.list"] = One((s, r, o) =>
            s.Billing.CreditBalanceTransactions.ListAsync(LedgerOptions.Transactions.Build(r.Params), o)),
        ["credit_balance_transactions.list_all"] = All((s, r, o) =>
            s.Billing.CreditBalanceTransactions.ListAutoPagingAsync(LedgerOptions.Transactions.Build(r.Params), o)),
        ["credit_balance_transactions.retrieve"] = One((s, r, o) =>
            s.Billing.CreditBalanceTransactions.GetAsync(r.Id, LedgerOptions.Transaction.Build(r.Params), o)),
    };

    private static Call One<T>(Func<V1Services, DriverRequest, RequestOptions, Task<T>> call)
        where T : StripeEntity =>
        async (target, request, options) =>
            Answers.Success(await call(target.Services, request, options), target.Seen);

    // Every item of every page, as one list answer: has_more is false because nothing is left to fetch. The SDK's
    // auto-paging yields the items only, so the headers are those of the last page, seen at the HTTP layer, and the
    // list's url is the path the suite's request names.
    private static Call All<T>(Func<V1Services, DriverRequest, RequestOptions, IAsyncEnumerable<T>> walk)
        where T : StripeEntity =>
        async (target, request, options) =>
        {
            var data = new JsonArray();
            await foreach (var item in walk(target.Services, request, options))
            {
                data.Add(EntityJson.Write(item));
            }

            return new JsonObject
            {
                ["ok"] = true,
                ["status"] = 200,
                ["headers"] = Answers.Headers(target.Seen.AllHeaders),
                ["object"] = new JsonObject
                {
                    ["object"] = "list",
                    ["data"] = data,
                    ["has_more"] = false,
                    ["url"] = request.Path,
                },
            };
        };
}

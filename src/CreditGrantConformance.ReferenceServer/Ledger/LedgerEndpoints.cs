using CreditGrantConformance.Operations;
using CreditGrantConformance.ReferenceServer.CreditGrants;
using CreditGrantConformance.ReferenceServer.Customers;
using CreditGrantConformance.ReferenceServer.Infrastructure;
using CreditGrantConformance.ReferenceServer.Rules;
using static CreditGrantConformance.ReferenceServer.Infrastructure.ParamReader;

namespace CreditGrantConformance.ReferenceServer.Ledger;

/// <summary>
/// What grants do: the credit balance summary and the credit balance transactions, read from the ledger in each
/// grant's customer's time.
/// </summary>
public static class LedgerEndpoints
{
    private static readonly ParamShape ListShape = ParamShape.Object(
    [
        ("customer", ParamShape.Scalar),
        ("customer_account", ParamShape.Scalar),
        ("credit_grant", ParamShape.Scalar),
        .. PageQuery.Params,
    ]);

        private static readonly RuleList<PageCheck> PageRulesOfList =
        PageRules.For(ApiOperation.ListBalanceTransactions.Label, "credit balance transaction");

    private static readonly string[] Expandable = ["credit_grant", "test_clock"];

    public static void MapLedger(this IEndpointRouteBuilder app)
    {
        app.MapOperation(ApiOperation.RetrieveBalanceSummary, SummaryAsync);
        app.MapOperation(ApiOperation.ListBalanceTransactions, ListAsync);
        app.MapOperation(ApiOperation.RetrieveBalanceTransaction, RetrieveAsync);
    }

    private static async Task SummaryAsync(
        HttpContext context,
        IBalanceSummary summary,
        CustomerStore customers,
        CreditGrantStore grants,
        RuleBook rules,
        LedgerJson json)
    {
        var p = await RequestParams.ReadAsync(context);
        var expand = ParamRules.Check(
            rules, ApiOperation.RetrieveBalanceSummary.Label, SummaryRequest.Shape, p, "customer");
        var request = SummaryRequest.Read(p);
        rules.Check(SummaryRules.Filter, request);
        rules.Check(LedgerRules.SummaryOwner, new LedgerOwner(
            request.Customer, request.CustomerAccount, request.CreditGrant, "filter[credit_grant]", customers, grants));
        var query = request.Query;
        await JsonResponse.WriteAsync(
            context, 200, json.WriteSummary(query, summary.Of(query), expand.Contains("customer")));
    }

    private static async Task ListAsync(
        HttpContext context,
        CreditLedger ledger,
        ITransactionPaging paging,
        CustomerStore customers,
        CreditGrantStore grants,
        RuleBook rules,
        LedgerJson json)
    {
        var operation = ApiOperation.ListBalanceTransactions.Label;
        var p = await RequestParams.ReadAsync(context);
        var expand = ParamRules.Check(rules, operation, ListShape, p, "data.credit_grant", "data.test_clock");
        var query = new TransactionQuery(
            PageQuery.Read(p),
            Text(p, "customer", "customer"),
            Text(p, "customer_account", "customer_account"),
            Text(p, "credit_grant", "credit_grant"));
        rules.Check(LedgerRules.TransactionsOwner, new LedgerOwner(
            query.Customer, query.CustomerAccount, query.CreditGrant, "credit_grant", customers, grants));
        rules.Check(PageRulesOfList, new PageCheck(query.Page, id => ledger.Find(id) is not null));
        var entries = ledger.Entries(ledger.Grants(query.Customer, query.CustomerAccount));
        var expanded = expand.Select(e => e["data.".Length..]).ToList();
        await JsonResponse.WriteAsync(context, 200, json.WriteList(paging.Page(entries, query), expanded));
    }

    private static async Task RetrieveAsync(
        HttpContext context,
        string id,
        CreditLedger ledger,
        RuleBook rules,
        LedgerJson json)
    {
        var expand = await ParamRules.ExpandOnlyAsync(
            context, rules, ApiOperation.RetrieveBalanceTransaction.Label, Expandable);
        var entry = ledger.Find(id)
            ?? throw new ApiException(StripeError.NoSuch("credit balance transaction", id, "id", 404));
        await JsonResponse.WriteAsync(context, 200, json.Write(entry, expand));
    }
}

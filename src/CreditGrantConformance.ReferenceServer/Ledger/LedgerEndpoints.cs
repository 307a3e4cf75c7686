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

    private static Task SummaryAsync(
        HttpContext context,
        IBalanceSummary summary,
        CustomerStore customers,
        CreditGrantStore grants,
        RuleBook rules,
        LedgerJson json) =>
        context.AnswerAsync(SummaryRequest.Shape, ["customer"], request =>
        {
            var asked = SummaryRequest.Read(request.Params);
            rules.Check(SummaryRules.Filter, asked);
            rules.Check(LedgerRules.SummaryOwner, new LedgerOwner(
                asked.Customer, asked.CustomerAccount, asked.CreditGrant, "filter[credit_grant]", customers, grants));
            var query = asked.Query;
            return json.WriteSummary(query, summary.Of(query), request.Expand.Contains("customer"));
        });

    private static Task ListAsync(
        HttpContext context,
        CreditLedger ledger,
        ITransactionPaging paging,
        CustomerStore customers,
        CreditGrantStore grants,
        RuleBook rules,
        LedgerJson json) =>
        context.AnswerAsync(ListShape, ["data.credit_grant", "data.test_clock"], request =>
        {
            var p = request.Params;
            var query = new TransactionQuery(
                PageQuery.Read(p),
                Text(p, "customer", "customer"),
                Text(p, "customer_account", "customer_account"),
                Text(p, "credit_grant", "credit_grant"));
            rules.Check(LedgerRules.TransactionsOwner, new LedgerOwner(
                query.Customer, query.CustomerAccount, query.CreditGrant, "credit_grant", customers, grants));
            rules.Check(PageRulesOfList, new PageCheck(query.Page, id => ledger.Find(id) is not null));
            var entries = ledger.Entries(ledger.Grants(query.Customer, query.CustomerAccount));
            var expanded = request.Expand.Select(e => e["data.".Length..]).ToList();
            return json.WriteList(paging.Page(entries, query), expanded);
        });

    private static Task RetrieveAsync(HttpContext context, string id, CreditLedger ledger, LedgerJson json) =>
        context.AnswerAsync(ParamShape.ExpandOnly, Expandable, request => json.Write(
            ledger.Find(id) ?? throw new ApiException(StripeError.NoSuch("credit balance transaction", id, "id", 404)),
            request.Expand));
}

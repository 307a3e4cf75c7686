using System.Text.Json.Nodes;
using CreditGrantConformance.Operations;
using CreditGrantConformance.ReferenceServer.Customers;
using CreditGrantConformance.ReferenceServer.Infrastructure;
using CreditGrantConformance.ReferenceServer.Rules;

namespace CreditGrantConformance.ReferenceServer.CreditGrants;

/// <summary>
/// The six credit-grant operations, mapped from their descriptors (path, method, OpenAPI operationId).
/// </summary>
public static class CreditGrantEndpoints
{
    private static readonly string[] Expandable = ["customer", "test_clock"];

    public static void MapCreditGrants(this IEndpointRouteBuilder app)
    {
        app.MapOperation(ApiOperation.List, ListAsync);
        app.MapOperation(ApiOperation.Create, CreateAsync);
        app.MapOperation(ApiOperation.Retrieve, RetrieveAsync);
        app.MapOperation(ApiOperation.Update, UpdateAsync);
        app.MapOperation(ApiOperation.Expire, Transition((rules, now) => new ExpireWrite(rules, now)));
        app.MapOperation(ApiOperation.Void, Transition((rules, now) => new VoidWrite(rules, now)));
    }

    private static Task ListAsync(
        HttpContext context,
        CreditGrantStore grants,
        IListPaging paging,
        RuleBook rules,
        CreditGrantJson json) =>
        context.AnswerAsync(ListQuery.Shape, ["data.customer", "data.test_clock"], request =>
        {
            var limit = rules.Default(ListRules.LimitDefault, request.Operation) ?? 0;
            var query = ListQuery.Read(request.Params, request.Expand, limit);
            rules.Check(ListRules.Query, new ListCheck(query, grants));
            var page = grants.Read(index => paging.Page(index, query));
            return json.WriteList(page, query.ExpandCustomer, query.ExpandClock);
        });

    private static Task CreateAsync(
        HttpContext context,
        ICreditGrantStore store,
        CreateGrantParser parser,
        CreditGrantJson json) =>
        context.AnswerAsync(CreateGrantParser.Shape, Expandable, request => Write(
            json, store.Add(parser.Parse(request.Params, RequestVersion.Of(context)), parser.Admit), request));

    private static Task RetrieveAsync(HttpContext context, string id, ICreditGrantStore store, CreditGrantJson json) =>
        context.AnswerAsync(ParamShape.ExpandOnly, Expandable, request => Write(json, Find(store, id), request));

    private static Task UpdateAsync(
        HttpContext context,
        string id,
        ICreditGrantStore store,
        RuleBook rules,
        CreditGrantJson json,
        ICustomerTime time) =>
        context.AnswerAsync(UpdateRequest.Shape, Expandable, request => Write(
            json, store.Write(id, UpdateRequest.Read(request.Params, rules, Now(store, id, time))), request));

    /// <summary>
    /// Expire and void: the handler of a transition, its write made (in the grant's customer's time) before the
    /// parameters are read.
    /// </summary>
    private static Delegate Transition(Func<RuleBook, long, GrantWrite> writeAt) =>
        (HttpContext context,
            string id,
            ICreditGrantStore store,
            RuleBook rules,
            CreditGrantJson json,
            ICustomerTime time) =>
        {
            var write = writeAt(rules, Now(store, id, time));
            return context.AnswerAsync(
                ParamShape.ExpandOnly, Expandable, request => Write(json, store.Write(id, write), request));
        };

    private static JsonObject Write(CreditGrantJson json, CreditGrant grant, OperationRequest request) =>
        json.Write(grant, request.Expand.Contains("customer"), request.Expand.Contains("test_clock"));

    private static CreditGrant Find(ICreditGrantStore store, string id) =>
        store.Find(id) ?? throw new ApiException(StripeError.NoSuch("credit grant", id, "id", 404));

    // A grant's writes happen in its customer's time: its test clock's frozen_time, or real time.
    private static long Now(ICreditGrantStore store, string id, ICustomerTime time) =>
        time.Now(store.Find(id)?.Customer);
}

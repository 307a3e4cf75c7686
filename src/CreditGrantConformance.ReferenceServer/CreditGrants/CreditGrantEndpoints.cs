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
        app.MapOperation(ApiOperation.Expire, ExpireAsync);
        app.MapOperation(ApiOperation.Void, VoidAsync);
    }

    private static async Task ListAsync(
        HttpContext context,
        CreditGrantStore grants,
        IListPaging paging,
        RuleBook rules,
        CreditGrantJson json)
    {
        var p = await RequestParams.ReadAsync(context);
        var expand = ParamRules.Check(
            rules, ApiOperation.List.Label, ListQuery.Shape, p, "data.customer", "data.test_clock");
        var query = ListQuery.Read(p, expand, rules.Default(ListRules.LimitDefault, ApiOperation.List.Label) ?? 0);
        rules.Check(ListRules.Query, new ListCheck(query, grants));
        var page = grants.Read(index => paging.Page(index, query));
        await JsonResponse.WriteAsync(context, 200, json.WriteList(page, query.ExpandCustomer, query.ExpandClock));
    }

    private static async Task CreateAsync(
        HttpContext context,
        ICreditGrantStore store,
        CreateGrantParser parser,
        RuleBook rules,
        CreditGrantJson json)
    {
        var p = await RequestParams.ReadAsync(context);
        var expand = ParamRules.Check(rules, ApiOperation.Create.Label, CreateGrantParser.Shape, p, Expandable);
        var grant = store.Add(parser.Parse(p, RequestVersion.Of(context)), parser.Admit);
        await WriteAsync(context, json, grant, expand);
    }

    private static async Task RetrieveAsync(
        HttpContext context,
        string id,
        ICreditGrantStore store,
        RuleBook rules,
        CreditGrantJson json)
    {
        var expand = await ParamRules.ExpandOnlyAsync(context, rules, ApiOperation.Retrieve.Label, Expandable);
        var grant = store.Find(id) ?? throw new ApiException(StripeError.NoSuch("credit grant", id, "id", 404));
        await WriteAsync(context, json, grant, expand);
    }

    private static async Task UpdateAsync(
        HttpContext context,
        string id,
        ICreditGrantStore store,
        RuleBook rules,
        CreditGrantJson json,
        ICustomerTime time)
    {
        var p = await RequestParams.ReadAsync(context);
        var expand = ParamRules.Check(rules, ApiOperation.Update.Label, UpdateRequest.Shape, p, Expandable);
        var grant = store.Write(id, UpdateRequest.Read(p, rules, Now(store, id, time)));
        await WriteAsync(context, json, grant, expand);
    }

    private static Task ExpireAsync(
        HttpContext context,
        string id,
        ICreditGrantStore store,
        RuleBook rules,
        CreditGrantJson json,
        ICustomerTime time) =>
        TransitionAsync(
            context, ApiOperation.Expire.Label, id, store, rules, json, new ExpireWrite(rules, Now(store, id, time)));

    private static Task VoidAsync(
        HttpContext context,
        string id,
        ICreditGrantStore store,
        RuleBook rules,
        CreditGrantJson json,
        ICustomerTime time) =>
        TransitionAsync(
            context, ApiOperation.Void.Label, id, store, rules, json, new VoidWrite(rules, Now(store, id, time)));

    private static async Task TransitionAsync(
        HttpContext context,
        string operation,
        string id,
        ICreditGrantStore store,
        RuleBook rules,
        CreditGrantJson json,
        GrantWrite write)
    {
        var expand = await ParamRules.ExpandOnlyAsync(context, rules, operation, Expandable);
        await WriteAsync(context, json, store.Write(id, write), expand);
    }

    private static Task WriteAsync(
        HttpContext context,
        CreditGrantJson json,
        CreditGrant grant,
        IReadOnlyList<string> expand) =>
        JsonResponse.WriteAsync(
            context, 200, json.Write(grant, expand.Contains("customer"), expand.Contains("test_clock")));

    // A grant's writes happen in its customer's time: its test clock's frozen_time, or real time.
    private static long Now(ICreditGrantStore store, string id, ICustomerTime time) =>
        time.Now(store.Find(id)?.Customer);
}

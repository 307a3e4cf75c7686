using System.Text.Json.Nodes;
using CreditGrantConformance.ReferenceServer.Faults;
using CreditGrantConformance.ReferenceServer.Infrastructure;
using static CreditGrantConformance.ReferenceServer.Infrastructure.ParamReader;

namespace CreditGrantConformance.ReferenceServer.CreditGrants;

/// <summary>The six operations of /v1/billing/credit_grants, named by their OpenAPI operationIds.</summary>
public static class CreditGrantEndpoints
{
    private static readonly ParamShape ExpandOnly = ParamShape.Object(("expand", ParamShape.ArrayOf(ParamShape.Scalar)));

    public static void MapCreditGrants(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/v1/billing/credit_grants");
        group.MapGet("", ListAsync).WithName("GetBillingCreditGrants");
        group.MapPost("", CreateAsync).WithName("PostBillingCreditGrants");
        group.MapGet("/{id}", RetrieveAsync).WithName("GetBillingCreditGrantsId");
        group.MapPost("/{id}", UpdateAsync).WithName("PostBillingCreditGrantsId");
        group.MapPost("/{id}/expire", ExpireAsync).WithName("PostBillingCreditGrantsIdExpire");
        group.MapPost("/{id}/void", VoidAsync).WithName("PostBillingCreditGrantsIdVoid");
    }

    private static async Task ListAsync(HttpContext context, CreditGrantStore store, CreditGrantJson json, FaultSwitch faults)
    {
        var query = ListQuery.Parse(await RequestParams.ReadAsync(context), faults);
        var (page, hasMore) = query.Apply(store.All(), faults);
        await JsonResponse.WriteAsync(context, 200, new JsonObject
        {
            ["object"] = "list",
            ["data"] = new JsonArray(page.Select(g => (JsonNode?)json.Write(g, query.ExpandCustomer)).ToArray()),
            ["has_more"] = hasMore,
            ["url"] = faults.Has(FaultNames.ListUrlWrong) ? "/v1/credit_grants" : "/v1/billing/credit_grants",
        });
    }

    private static async Task CreateAsync(HttpContext context, CreditGrantStore store, CreateGrantParser parser, CreditGrantJson json, TimeProvider time)
    {
        var p = await RequestParams.ReadAsync(context);
        var grant = parser.Parse(p, Now(time), store.NextSequence(), store.Put);
        store.Put(grant);
        await WriteAsync(context, json, grant, p);
    }

    private static async Task RetrieveAsync(HttpContext context, string id, CreditGrantStore store, CreditGrantJson json, FaultSwitch faults)
    {
        var p = await RequestParams.ReadAsync(context);
        ParamShape.RejectUnknown(ExpandOnly, p, "");
        var grant = store.Find(id) ?? throw new ApiException(StripeError.NoSuch("credit grant", id, "id", faults.Has(FaultNames.RetrieveUnknownId400) ? 400 : 404));
        await WriteAsync(context, json, grant, p);
    }

    private static async Task UpdateAsync(HttpContext context, string id, CreditGrantStore store, CreditGrantJson json, FaultSwitch faults, TimeProvider time)
    {
        var p = await RequestParams.ReadAsync(context);
        var change = UpdateGrantParser.Parse(p, faults);
        var now = Now(time);
        var grant = store.Update(id, g => change.ApplyTo(g, now), persist: !faults.Has(FaultNames.UpdateNotPersisted));
        await WriteAsync(context, json, grant, p);
    }

    private static Task ExpireAsync(HttpContext context, string id, CreditGrantStore store, CreditGrantJson json, FaultSwitch faults, TimeProvider time) =>
        TransitionAsync(context, id, store, json, now => g => Transitions.Expire(g, now, faults), time);

    private static Task VoidAsync(HttpContext context, string id, CreditGrantStore store, CreditGrantJson json, FaultSwitch faults, TimeProvider time) =>
        TransitionAsync(context, id, store, json, now => g => Transitions.Void(g, now, faults), time);

    private static async Task TransitionAsync(HttpContext context, string id, CreditGrantStore store, CreditGrantJson json, Func<long, Func<CreditGrant, CreditGrant>> transition, TimeProvider time)
    {
        var p = await RequestParams.ReadAsync(context);
        ParamShape.RejectUnknown(ExpandOnly, p, "");
        var grant = store.Update(id, transition(Now(time)));
        await WriteAsync(context, json, grant, p);
    }

    private static Task WriteAsync(HttpContext context, CreditGrantJson json, CreditGrant grant, FormObject p)
    {
        var expand = Expand(p, "customer", "test_clock");
        var ignored = context.RequestServices.GetRequiredService<FaultSwitch>().Has(FaultNames.GrantExpandIgnored);
        return JsonResponse.WriteAsync(context, 200, json.Write(grant, expand.Contains("customer") && !ignored));
    }

    private static long Now(TimeProvider time) => time.GetUtcNow().ToUnixTimeSeconds();
}

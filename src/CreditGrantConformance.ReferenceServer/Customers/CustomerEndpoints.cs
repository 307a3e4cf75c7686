using CreditGrantConformance.Operations;
using CreditGrantConformance.ReferenceServer.CreditGrants;
using CreditGrantConformance.ReferenceServer.Infrastructure;
using CreditGrantConformance.ReferenceServer.Rules;
using static CreditGrantConformance.ReferenceServer.Infrastructure.ParamReader;

namespace CreditGrantConformance.ReferenceServer.Customers;

/// <summary>Just enough of /v1/customers for grants to belong to someone and for expand[]=customer.</summary>
public static class CustomerEndpoints
{
    private static readonly ParamShape CreateShape = ParamShape.Object(
        ("description", ParamShape.Scalar),
        ("email", ParamShape.Scalar),
        ("name", ParamShape.Scalar),
        ("metadata", ParamShape.Map),
        ("expand", ParamShape.ArrayOf(ParamShape.Scalar)));

    private static readonly ParamShape NoParams = ParamShape.Object(("expand", ParamShape.ArrayOf(ParamShape.Scalar)));

    public static void MapCustomers(this IEndpointRouteBuilder app)
    {
        app.MapOperation(ApiOperation.CreateCustomer, CreateAsync, "customer.create");
        app.MapOperation(ApiOperation.RetrieveCustomer, RetrieveAsync, "customer.retrieve");
        app.MapOperation(ApiOperation.DeleteCustomer, DeleteAsync, "customer.delete");
    }

    private static async Task CreateAsync(HttpContext context, CustomerStore store, RuleBook rules, TimeProvider time)
    {
        var p = await RequestParams.ReadAsync(context);
        rules.Check(ParamRules.KnownParameters, (CreateShape, p), "customer.create");
        var metadata = MetadataPatch.Read(p["metadata"])?.ApplyTo(MetadataPatch.Empty) ?? MetadataPatch.Empty;
        rules.Check(MetadataRules.All, metadata, "customer.create");
        var customer = new Customer(
            CustomerStore.NewId(),
            time.GetUtcNow().ToUnixTimeSeconds(),
            Text(p, "email", "email"),
            Text(p, "name", "name"),
            Text(p, "description", "description"),
            metadata,
            Deleted: false);
        store.Put(customer);
        await JsonResponse.WriteAsync(context, 200, CustomerJson.Write(customer));
    }

    private static async Task RetrieveAsync(HttpContext context, string id, CustomerStore store, RuleBook rules)
    {
        rules.Check(
            ParamRules.KnownParameters, (NoParams, await RequestParams.ReadAsync(context)), "customer.retrieve");
        await JsonResponse.WriteAsync(context, 200, CustomerJson.Write(Find(store, id)));
    }

    private static async Task DeleteAsync(HttpContext context, string id, CustomerStore store, RuleBook rules)
    {
        rules.Check(ParamRules.KnownParameters, (NoParams, await RequestParams.ReadAsync(context)), "customer.delete");
        var deleted = Find(store, id) with { Deleted = true };
        store.Put(deleted);
        await JsonResponse.WriteAsync(context, 200, CustomerJson.Write(deleted));
    }

    private static Customer Find(CustomerStore store, string id) =>
        store.Find(id) ?? throw new ApiException(StripeError.NoSuch("customer", id, "id", 404));
}

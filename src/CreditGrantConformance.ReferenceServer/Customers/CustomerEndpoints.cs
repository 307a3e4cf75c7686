using CreditGrantConformance.ReferenceServer.CreditGrants;
using CreditGrantConformance.ReferenceServer.Infrastructure;
using static CreditGrantConformance.ReferenceServer.Infrastructure.ParamReader;

namespace CreditGrantConformance.ReferenceServer.Customers;

/// <summary>Just enough of /v1/customers for grants to belong to someone and for expand[]=customer.</summary>
public static class CustomerEndpoints
{
    private static readonly ParamShape CreateShape = ParamShape.Object(
        ("description", ParamShape.Scalar), ("email", ParamShape.Scalar), ("name", ParamShape.Scalar), ("metadata", ParamShape.Map), ("expand", ParamShape.ArrayOf(ParamShape.Scalar)));

    private static readonly ParamShape NoParams = ParamShape.Object(("expand", ParamShape.ArrayOf(ParamShape.Scalar)));

    public static void MapCustomers(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/v1/customers");
        group.MapPost("", CreateAsync).WithName("PostCustomers");
        group.MapGet("/{id}", RetrieveAsync).WithName("GetCustomersCustomer");
        group.MapDelete("/{id}", DeleteAsync).WithName("DeleteCustomersCustomer");
    }

    private static async Task CreateAsync(HttpContext context, CustomerStore store, TimeProvider time)
    {
        var p = await RequestParams.ReadAsync(context);
        ParamShape.RejectUnknown(CreateShape, p, "");
        var customer = new Customer(
            CustomerStore.NewId(),
            time.GetUtcNow().ToUnixTimeSeconds(),
            Text(p, "email", "email"),
            Text(p, "name", "name"),
            Text(p, "description", "description"),
            MetadataRules.Apply(new Dictionary<string, string>(), p["metadata"], replace: true),
            Deleted: false);
        store.Put(customer);
        await JsonResponse.WriteAsync(context, 200, CustomerJson.Write(customer));
    }

    private static async Task RetrieveAsync(HttpContext context, string id, CustomerStore store)
    {
        ParamShape.RejectUnknown(NoParams, await RequestParams.ReadAsync(context), "");
        await JsonResponse.WriteAsync(context, 200, CustomerJson.Write(Find(store, id)));
    }

    private static async Task DeleteAsync(HttpContext context, string id, CustomerStore store)
    {
        ParamShape.RejectUnknown(NoParams, await RequestParams.ReadAsync(context), "");
        var deleted = Find(store, id) with { Deleted = true };
        store.Put(deleted);
        await JsonResponse.WriteAsync(context, 200, CustomerJson.Write(deleted));
    }

    private static Customer Find(CustomerStore store, string id) =>
        store.Find(id) ?? throw new ApiException(StripeError.NoSuch("customer", id, "id", 404));
}

using System.Text.Json.Nodes;
using CreditGrantConformance.Operations;
using CreditGrantConformance.ReferenceServer.Infrastructure;
using CreditGrantConformance.ReferenceServer.Rules;
using CreditGrantConformance.ReferenceServer.TestClocks;
using static CreditGrantConformance.ReferenceServer.Infrastructure.ParamReader;

namespace CreditGrantConformance.ReferenceServer.Customers;

/// <summary>
/// Enough of /v1/customers for grants to belong to someone, for expand[]=customer and for a customer to live in a
/// test clock's time. A deleted customer answers <c>{id, object, deleted: true}</c> on retrieve, as Stripe's does.
/// </summary>
public static class CustomerEndpoints
{
    private static readonly ParamShape CreateShape = ParamShape.Object(
        ("description", ParamShape.Scalar),
        ("email", ParamShape.Scalar),
        ("name", ParamShape.Scalar),
        ("metadata", ParamShape.Map),
        ("test_clock", ParamShape.Scalar),
        ParamShape.Expand);

    private static readonly RuleList<PageCheck> ListRules =
        PageRules.For(ApiOperation.ListCustomers.Label, "customer");

    public static void MapCustomers(this IEndpointRouteBuilder app)
    {
        app.MapOperation(ApiOperation.CreateCustomer, CreateAsync);
        app.MapOperation(ApiOperation.RetrieveCustomer, RetrieveAsync);
        app.MapOperation(ApiOperation.DeleteCustomer, DeleteAsync);
        app.MapOperation(ApiOperation.ListCustomers, ListAsync);
    }

    // expand[] is taken unchecked: a new customer is answered unexpanded.
    private static Task CreateAsync(
        HttpContext context,
        CustomerStore store,
        ITestClockStore clocks,
        RuleBook rules,
        TimeProvider time) =>
        context.AnswerAsync(CreateShape, expandable: null, request =>
        {
            var p = request.Params;
            var metadata = MetadataPatch.Read(p["metadata"])?.ApplyTo(MetadataPatch.Empty) ?? MetadataPatch.Empty;
            rules.Check(MetadataRules.All, metadata, request.Operation);
            var clock = Text(p, "test_clock", "test_clock");
            rules.Check(CustomerRules.Placement, Placement(clock, store, clocks));
            var customer = new Customer(
                CustomerStore.NewId(),
                clock is not null && clocks.Find(clock) is { } found
                    ? found.FrozenTime
                    : time.GetUtcNow().ToUnixTimeSeconds(),
                Text(p, "email", "email"),
                Text(p, "name", "name"),
                Text(p, "description", "description"),
                metadata,
                Deleted: false,
                TestClock: clock);
            store.Put(customer);
            return CustomerJson.Write(customer);
        });

    // A customer's test_clock is expandable (Stripe's customer object); the clock is written in its place.
    private static Task RetrieveAsync(HttpContext context, string id, CustomerStore store, ITestClockStore clocks) =>
        context.AnswerAsync(ParamShape.ExpandOnly, ["test_clock"], request =>
        {
            var customer = Find(store, id);
            var body = CustomerJson.Write(customer);
            if (request.Expand.Contains("test_clock") && ClockOf(customer, clocks) is { } clock)
            {
                body["test_clock"] = clock;
            }

            return body;
        });

    // expand[] is taken unchecked: a deleted customer is answered unexpanded.
    private static Task DeleteAsync(HttpContext context, string id, CustomerStore store) =>
        context.AnswerAsync(ParamShape.ExpandOnly, expandable: null, _ =>
        {
            var deleted = Find(store, id) with { Deleted = true };
            store.Put(deleted);
            return CustomerJson.Write(deleted);
        });

    // A customer's test_clock is expandable on a list too: expand[]=data.test_clock.
    private static Task ListAsync(
        HttpContext context,
        CustomerStore store,
        ICustomerListing listing,
        ITestClockStore clocks,
        RuleBook rules) =>
        context.AnswerAsync(CustomerListQuery.Shape, ["data.test_clock"], request =>
        {
            var query = CustomerListQuery.Read(request.Params);
            rules.Check(ListRules, new PageCheck(query.Page, id => store.Find(id) is not null));
            // Newest first (API reference, List all customers: the most recently created customers appear first).
            var selected = store.NewestFirst().Where(c => listing.Selects(query, c)).ToList();
            var page = Pages.Cut(selected, query.Page, c => c.Id);
            var expand = request.Expand.Count > 0;
            return CustomerJson.WriteList(page, c => expand ? ClockOf(c, clocks) : null);
        });

    private static JsonObject? ClockOf(Customer customer, ITestClockStore clocks) =>
        customer.TestClock is { } clock && clocks.Find(clock) is { } found ? TestClockJson.Write(found) : null;

    private static ClockPlacement Placement(string? clock, CustomerStore store, ITestClockStore clocks) =>
        clock is null
            ? new ClockPlacement(null, null, 0)
            : new ClockPlacement(clock, clocks.Find(clock), store.OnClock(clock).Count);

    private static Customer Find(CustomerStore store, string id) =>
        store.Find(id) ?? throw new ApiException(StripeError.NoSuch("customer", id, "id", 404));
}

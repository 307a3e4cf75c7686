using CreditGrantConformance.Operations;
using CreditGrantConformance.ReferenceServer.Infrastructure;
using CreditGrantConformance.ReferenceServer.Rules;
using static CreditGrantConformance.ReferenceServer.Infrastructure.ParamReader;

namespace CreditGrantConformance.ReferenceServer.TestClocks;

/// <summary>
/// /v1/test_helpers/test_clocks: create, retrieve, list, delete and advance, mapped from their descriptors. Advancing
/// is asynchronous, as Stripe's: the answer is advancing, and the clock reads as ready at its target a moment later.
/// </summary>
public static class TestClockEndpoints
{
    /// <summary>deletes_after in the API reference's examples is seven days after created.</summary>
    public const long Lifetime = 7 * 24 * 60 * 60;

        private static readonly ParamShape CreateShape = ParamShape.Object(
        ("frozen_time", ParamShape.Scalar),
        ("name", ParamShape.Scalar),
        ("customer", ParamShape.Scalar),
        ParamShape.Expand);

    private static readonly ParamShape AdvanceShape = ParamShape.Object(
        ("frozen_time", ParamShape.Scalar),
        ParamShape.Expand);

    private static readonly ParamShape ListShape = ParamShape.Object(PageQuery.Params);

    private static readonly RuleList<PageCheck> ListRules =
        PageRules.For(ApiOperation.ListTestClocks.Label, "test clock");

    public static void MapTestClocks(this IEndpointRouteBuilder app)
    {
        app.MapOperation(ApiOperation.CreateTestClock, CreateAsync);
        app.MapOperation(ApiOperation.RetrieveTestClock, RetrieveAsync);
        app.MapOperation(ApiOperation.ListTestClocks, ListAsync);
        app.MapOperation(ApiOperation.DeleteTestClock, DeleteAsync);
        app.MapOperation(ApiOperation.AdvanceTestClock, AdvanceAsync);
    }

    private static async Task CreateAsync(
        HttpContext context,
        ITestClockStore clocks,
        IClockCustomers customers,
        RuleBook rules,
        TimeProvider time)
    {
        var operation = ApiOperation.CreateTestClock.Label;
        var p = await RequestParams.ReadAsync(context);
        ParamRules.Check(rules, operation, CreateShape, p);
        var request = new ClockCreateCheck(Integer(p, "frozen_time", "frozen_time"), Text(p, "name", "name"));
        rules.Check(TestClockRules.Create, request);
        var customer = Text(p, "customer", "customer");
        rules.Check(TestClockRules.CustomerAttachable, new AttachCheck(customer, customers.Find(customer)), operation);
        var now = time.GetUtcNow().ToUnixTimeSeconds();
        var clock = clocks.Add(new TestClock
        {
            Id = TestClockStore.NewId(),
            Created = now,
            DeletesAfter = now + Lifetime,
            FrozenTime = request.FrozenTime ?? now,
            Name = request.Name,
        });
        if (customer is not null)
        {
            customers.Attach(customer, clock.Id);
        }

        await JsonResponse.WriteAsync(context, 200, TestClockJson.Write(clock));
    }

    private static async Task RetrieveAsync(HttpContext context, string id, ITestClockStore clocks, RuleBook rules)
    {
        await ParamRules.ExpandOnlyAsync(context, rules, ApiOperation.RetrieveTestClock.Label);
        await JsonResponse.WriteAsync(context, 200, TestClockJson.Write(Live(clocks, id)));
    }

    private static async Task ListAsync(HttpContext context, ITestClockStore clocks, RuleBook rules)
    {
        var operation = ApiOperation.ListTestClocks.Label;
        var p = await RequestParams.ReadAsync(context);
        ParamRules.Check(rules, operation, ListShape, p);
        var query = PageQuery.Read(p);
        var all = clocks.NewestFirst();
        rules.Check(ListRules, new PageCheck(query, id => all.Any(c => c.Id == id)));
        await JsonResponse.WriteAsync(context, 200, TestClockJson.WriteList(Pages.Cut(all, query, c => c.Id)));
    }

    private static async Task DeleteAsync(
        HttpContext context,
        string id,
        ITestClockStore clocks,
        IClockDeletion deletion,
        RuleBook rules)
    {
        await ParamRules.ExpandOnlyAsync(context, rules, ApiOperation.DeleteTestClock.Label);
        var deleted = clocks.Write(id, new DeleteClockWrite());
        deletion.DeleteCustomersOf(id);

        await JsonResponse.WriteAsync(context, 200, TestClockJson.WriteDeleted(deleted));
    }

    private static async Task AdvanceAsync(
        HttpContext context,
        string id,
        ITestClockStore clocks,
        RuleBook rules,
        ReferenceServerOptions options,
        TimeProvider time)
    {
        var p = await RequestParams.ReadAsync(context);
        ParamRules.Check(rules, ApiOperation.AdvanceTestClock.Label, AdvanceShape, p);
        var write = new AdvanceWrite(
            rules, Integer(p, "frozen_time", "frozen_time"), time.GetUtcNow() + options.ClockAdvanceDuration);
        await JsonResponse.WriteAsync(context, 200, TestClockJson.Write(clocks.Write(id, write)));
    }

    private static TestClock Live(ITestClockStore clocks, string id) =>
        clocks.Find(id) is { Deleted: false } clock
            ? clock
            : throw new ApiException(StripeError.NoSuch("test clock", id, "id", 404));
}

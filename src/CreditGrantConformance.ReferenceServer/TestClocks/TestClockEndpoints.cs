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

    private static Task CreateAsync(
        HttpContext context,
        ITestClockStore clocks,
        IClockCustomers customers,
        RuleBook rules,
        TimeProvider time) =>
        context.AnswerAsync(CreateShape, [], request =>
        {
            var p = request.Params;
            var create = new ClockCreateCheck(Integer(p, "frozen_time", "frozen_time"), Text(p, "name", "name"));
            rules.Check(TestClockRules.Create, create);
            var customer = Text(p, "customer", "customer");
            var attach = new AttachCheck(customer, customers.Find(customer));
            rules.Check(TestClockRules.CustomerAttachable, attach, request.Operation);
            var now = time.GetUtcNow().ToUnixTimeSeconds();
            var clock = clocks.Add(new TestClock
            {
                Id = TestClockStore.NewId(),
                Created = now,
                DeletesAfter = now + Lifetime,
                FrozenTime = create.FrozenTime ?? now,
                Name = create.Name,
            });
            if (customer is not null)
            {
                customers.Attach(customer, clock.Id);
            }

            return TestClockJson.Write(clock);
        });

    private static Task RetrieveAsync(HttpContext context, string id, ITestClockStore clocks) =>
        context.AnswerAsync(ParamShape.ExpandOnly, [], _ => TestClockJson.Write(Live(clocks, id)));

    private static Task ListAsync(HttpContext context, ITestClockStore clocks, RuleBook rules) =>
        context.AnswerAsync(ListShape, [], request =>
        {
            var query = PageQuery.Read(request.Params);
            var all = clocks.NewestFirst();
            rules.Check(ListRules, new PageCheck(query, id => all.Any(c => c.Id == id)));
            return TestClockJson.WriteList(Pages.Cut(all, query, c => c.Id));
        });

    private static Task DeleteAsync(HttpContext context, string id, ITestClockStore clocks, IClockDeletion deletion) =>
        context.AnswerAsync(ParamShape.ExpandOnly, [], _ =>
        {
            var deleted = clocks.Write(id, new DeleteClockWrite());
            deletion.DeleteCustomersOf(id);
            return TestClockJson.WriteDeleted(deleted);
        });

    private static Task AdvanceAsync(
        HttpContext context,
        string id,
        ITestClockStore clocks,
        RuleBook rules,
        ReferenceServerOptions options,
        TimeProvider time) =>
        context.AnswerAsync(AdvanceShape, [], request =>
        {
            var write = new AdvanceWrite(
                rules, Integer(request.Params, "frozen_time", "frozen_time"),
                time.GetUtcNow() + options.ClockAdvanceDuration);
            return TestClockJson.Write(clocks.Write(id, write));
        });

    private static TestClock Live(ITestClockStore clocks, string id) =>
        clocks.Find(id) is { Deleted: false } clock
            ? clock
            : throw new ApiException(StripeError.NoSuch("test clock", id, "id", 404));
}

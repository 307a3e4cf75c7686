using CreditGrantConformance.Client;
using CreditGrantConformance.Suite.Requests;

namespace CreditGrantConformance.Checks.Ledger;

/// <summary>
/// A grant of a test clock's customer belongs to the clock: it carries test_clock (expandable to the clock), and lives
/// in the clock's time.
/// </summary>
public sealed class ClockGrantTests : ClockTest
{
    [Check("create.carries_the_customers_test_clock", Provenance.Documented, Categories.State,
        "A grant of a test clock's customer belongs to that clock: its test_clock is the clock's id, on create and "
        + "on retrieve",
        Sources.CreditGrantObject, RequiresState = true)]
    public async Task A_grant_of_a_clock_customer_carries_the_clock()
    {
        var clock = await NewClockAsync();
        var customer = await clock.CustomerAsync();

        var created = await Api.CreateAsync(GrantRequests.Minimal(customer, Settings.RunId));
        var retrieved = await Api.RetrieveAsync(created.Json?["id"]?.ToString() ?? "");

        created.Should(Expect.Status(200), Expect.Field("/test_clock", clock.Id));
        retrieved.Should(Expect.Status(200), Expect.Field("/test_clock", clock.Id));
    }

    [Check("retrieve.expands_test_clock", Provenance.Documented, Categories.Shape,
        "test_clock is expandable: expand[]=test_clock answers the test_helpers.test_clock object in place of its id",
        Sources.Expanding, RequiresState = true)]
    public async Task Expand_test_clock_answers_the_clock_object()
    {
        var clock = await NewClockAsync();
        var grant = await CreateGrantForAsync(await clock.CustomerAsync());

        var response = await Api.RetrieveAsync(
            grant.Id(),
            new FormParams { ["expand"] = new List<object?> { "test_clock" } });

        response.Should(
            Expect.Status(200),
            Expect.Field("/test_clock/id", clock.Id),
            Expect.Field("/test_clock/object", "test_helpers.test_clock"),
            Expect.Field("/test_clock/frozen_time", clock.FrozenTime));
    }

    [Check("create.clock_customer_effective_at_defaults_to_clock_time", Provenance.Assumed, Categories.State,
        "A grant of a test clock's customer created without effective_at is effective at the clock's frozen_time "
        + "(Stripe says only \"the current timestamp\")",
        Sources.Assumptions, RequiresState = true)]
    public async Task A_clock_customers_grant_defaults_to_the_clocks_time()
    {
        var clock = await NewClockAsync(Clock.Now - (24 * Hour));

        var grant = await Api.CreateAsync(
            GrantRequests.Minimal(await clock.CustomerAsync(), Settings.RunId));

        grant.Should(Expect.Status(200), Expect.Field("/effective_at", clock.FrozenTime));
    }
}

namespace CreditGrantConformance.Checks.TestClocks;

public sealed class TestClockRetrieveTests : ClockTest
{
    [Check("test_clock_retrieve.reads_back_the_clock", Provenance.Documented, Categories.State,
        "Retrieving a test clock answers the clock as created: its id, frozen_time and status ready",
        "Stripe API reference, Retrieve a test clock: https://docs.stripe.com/api/test_clocks/retrieve",
        RequiresState = true)]
    public async Task A_clock_reads_back_as_created()
    {
        var clock = await NewClockAsync();

        var response = await Api.RetrieveTestClockAsync(clock.Id);

        response.Should(
            Expect.Status(200),
            Expect.Field("/id", clock.Id),
            Expect.Field("/frozen_time", clock.FrozenTime),
            Expect.Field("/status", "ready"));
    }
}

namespace CreditGrantConformance.Checks.TestClocks;

/// <summary>
/// Advancing a test clock is asynchronous: the advance answers the clock advancing towards its target, and the clock
/// turns ready at the target (polled, within 5 seconds on a loopback target, 60 elsewhere).
/// </summary>
public sealed class TestClockAdvanceTests : ClockTest
{
    [Check("test_clock_advance.answers_advancing_towards_the_target", Provenance.Documented, Categories.State,
        "An advance answers the test clock with status advancing and status_details.advancing.target_frozen_time the "
        + "frozen_time asked for",
        Sources.TestClockAdvance, RequiresState = true)]
    public async Task An_advance_answers_the_clock_advancing_towards_its_target()
    {
        var clock = await NewClockAsync();
        var target = clock.FrozenTime + Hour;

        var response = await Api.AdvanceTestClockAsync(clock.Id, target);
        await clock.WaitReadyAsync();

        response.Should(
            Expect.Status(200),
            Expect.Field("/id", clock.Id),
            Expect.Field("/status", "advancing"),
            Expect.Field("/status_details/advancing/target_frozen_time", target));
    }

    [Check("test_clock_advance.ready_at_the_target", Provenance.Documented, Categories.State,
        "Advancement is done when the clock's status is ready: it then reads frozen_time the target, and a second "
        + "advance moves it on from there (read until ready, within 5 seconds on a loopback target, 60 elsewhere)",
        Sources.TestClockAdvance, RequiresState = true)]
    public async Task A_clock_is_ready_at_its_target_after_an_advance()
    {
        var clock = await NewClockAsync();
        var first = clock.FrozenTime + Hour;

        (await Api.AdvanceTestClockAsync(clock.Id, first)).Should(Expect.Status(200));
        var ready = await clock.WaitReadyAsync();
        (await Api.AdvanceTestClockAsync(clock.Id, first + Hour)).Should(Expect.Status(200));
        var again = await clock.WaitReadyAsync();

        ready.Should(Expect.Status(200), Expect.Field("/status", "ready"), Expect.Field("/frozen_time", first));
        again.Should(Expect.Status(200), Expect.Field("/status", "ready"), Expect.Field("/frozen_time", first + Hour));
    }
}

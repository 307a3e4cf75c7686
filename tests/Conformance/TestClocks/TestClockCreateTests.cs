using CreditGrantConformance.Suite.Requests;

namespace CreditGrantConformance.Checks.TestClocks;

public sealed class TestClockCreateTests : ClockTest
{
    [Check("test_clock_create.answers_a_test_clock", Provenance.Spec, Categories.Shape,
        "Creating a test clock answers 200 with a test_helpers.test_clock object",
        Sources.TestClockCreate)]
    public async Task Create_answers_a_test_clock()
    {
        var response = await Api.CreateTestClockAsync(ClockRequests.Create(Clock.Now, Settings.RunId));

        response.Should(Shapes.Of("test_helpers.test_clock"));
    }

    [Check("test_clock_create.ready_at_the_frozen_time", Provenance.Documented, Categories.State,
        "A new test clock is ready, frozen at the frozen_time it was created with, with the name given and a "
        + "deletes_after after its creation",
        Sources.TestClockCreate, RequiresState = true)]
    public async Task A_new_clock_is_ready_at_its_frozen_time()
    {
        var frozen = Clock.Now - Hour;
        var request = ClockRequests.Create(frozen, Settings.RunId);

        var response = await Api.CreateTestClockAsync(request);

        response.Should(
            Expect.Status(200),
            Expect.Field("/status", "ready"),
            Expect.Field("/frozen_time", frozen),
            Expect.Field("/name", (string)request["name"]!),
            Expect.FieldIs(
                "/deletes_after",
                "after created",
                d => Expect.Long(d) > Expect.Long(response.Json!["created"])));
    }
}

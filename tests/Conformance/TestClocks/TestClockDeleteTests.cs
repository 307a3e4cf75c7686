using CreditGrantConformance.Suite.Ledger;

namespace CreditGrantConformance.Checks.TestClocks;

/// <summary>Deleting a test clock: the clock is gone, and so are the customers that lived in its time.</summary>
public sealed class TestClockDeleteTests : ClockTest
{
    [Check("test_clock_delete.answers_deleted_then_404", Provenance.Documented, Categories.State,
        "Deleting a test clock answers it with deleted true; retrieving it afterwards answers 404 resource_missing",
        Sources.TestClockDelete, RequiresState = true)]
    public async Task A_deleted_clock_answers_deleted_then_404()
    {
        var clock = await NewClockAsync();

        var deleted = await Api.DeleteTestClockAsync(clock.Id);
        var retrieved = await Api.RetrieveTestClockAsync(clock.Id);

        deleted.Should(
            Expect.Status(200),
            Expect.Field("/id", clock.Id),
            Expect.Field("/object", "test_helpers.test_clock"),
            Expect.Field("/deleted", true));
        retrieved.Should(
            Expect.Status(404),
            Expect.Error("invalid_request_error"),
            Expect.ErrorCode("resource_missing", Provenance.Documented));
    }

    [Check("test_clock_delete.deletes_its_customers", Provenance.Documented, Categories.State,
        "Deleting a test clock deletes the objects attached to it: its customer then retrieves with deleted true "
        + "(read until it does, within 5 seconds on a loopback target, 60 elsewhere)",
        Sources.TestClocksGuide, RequiresState = true)]
    public async Task Deleting_a_clock_deletes_its_customers()
    {
        var clock = await NewClockAsync();
        var customer = await clock.CustomerAsync();

        (await Api.DeleteTestClockAsync(clock.Id)).Should(Expect.Status(200));
        // Stripe does not say that the clock's objects are gone by the time the delete answers.
        var retrieved = await Polling.UntilAsync(
            () => Api.RetrieveCustomerAsync(customer),
            r => r.Json?["deleted"]?.GetValueKind() == System.Text.Json.JsonValueKind.True,
            Polling.Timeout(Settings));

        retrieved.Should(Expect.Status(200), Expect.Field("/id", customer), Expect.Field("/deleted", true));
    }
}

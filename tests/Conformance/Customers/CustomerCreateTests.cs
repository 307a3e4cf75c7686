using System.Text.Json.Nodes;
using CreditGrantConformance.Suite.Requests;

namespace CreditGrantConformance.Checks.Customers;

public sealed class CustomerCreateTests : ClockTest
{
    [Check("customer_create.on_a_test_clock", Provenance.Documented, Categories.State,
        "A customer created with test_clock belongs to that clock: its test_clock is the clock's id",
        Sources.CustomerCreate, RequiresState = true)]
    public async Task A_customer_created_on_a_clock_belongs_to_it()
    {
        var clock = await NewClockAsync();
        var customer = await clock.CustomerAsync();

        var response = await Api.RetrieveCustomerAsync(customer);

        response.Should(Expect.Status(200), Expect.Field("/test_clock", clock.Id));
    }

    [Check("customer_create.echoes_name_and_email", Provenance.Documented, Categories.State,
        "A customer created with name and email answers them, and retrieving it shows them",
        Sources.CustomerEcho, RequiresState = true)]
    public async Task A_customer_created_with_name_and_email_answers_them()
    {
        var name = "Conformance Customer Ltd";
        var email = "conformance+" + Settings.RunId + "@example.com";
        var request = GrantRequests.Customer(Settings.RunId);
        request["name"] = name;
        request["email"] = email;

        var created = await Api.CreateCustomerAsync(request);
        var id = created.Json?["id"]?.GetValue<string>();
        var retrieved = id is null ? created : await Api.RetrieveCustomerAsync(id);

        Expectation[] echoes =
        [
            Expect.Status(200),
            Expect.Field("/name", name),
            Expect.Field("/email", email),
        ];
        created.Should(echoes);
        retrieved.Should(echoes);
    }

    [Check("customer_create.empty_metadata_has_no_keys", Provenance.Spec, Categories.State,
        "metadata= (empty) on create is accepted, and the new customer's metadata is an object with no keys",
        Sources.CustomerEmptyMetadata, RequiresState = true)]
    public async Task A_customer_created_with_empty_metadata_has_no_keys()
    {
        var request = GrantRequests.Customer(Settings.RunId);
        request["metadata"] = "";

        // Without the run's tag no sweep finds this customer; the run's cleanup deletes every customer it created.
        var response = await Api.CreateCustomerAsync(request);

        response.Should(Expect.Status(200), Expect.Field("/metadata", new JsonObject()));
    }

    [Check("customer_create.rejects_a_fourth_customer_on_a_clock", Provenance.Documented, Categories.Validation,
        "A test clock takes at most three customers: a fourth is refused 400 invalid_request_error",
        Sources.TestClocksAdvanced, RequiresState = true)]
    public async Task A_fourth_customer_on_a_clock_is_refused()
    {
        var clock = await NewClockAsync();
        for (var i = 0; i < TestClock.MaxCustomers; i++)
        {
            await clock.CustomerAsync();
        }

        var response = await Api.CreateCustomerAsync(ClockRequests.Customer(clock.Id, Settings.RunId));

        response.Should(Expect.Status(400), Expect.Error("invalid_request_error"));
    }
}

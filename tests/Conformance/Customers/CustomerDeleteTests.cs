namespace CreditGrantConformance.Checks.Customers;

public sealed class CustomerDeleteTests : ClockTest
{
    [Check("customer_delete.answers_deleted", Provenance.Documented, Categories.Shape,
        "Deleting a customer answers an object with deleted true",
        Sources.CustomerDelete)]
    public async Task Deleting_a_customer_answers_deleted_true()
    {
        var customer = await CreateCustomerAsync();

        var response = await Api.DeleteCustomerAsync(customer);

        response.Should(Expect.Status(200), Expect.Field("/deleted", true));
    }
}

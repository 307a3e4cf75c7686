namespace CreditGrantConformance.Checks.Customers;

public sealed class CustomerRetrieveTests : ClockTest
{
    [Check("customer_retrieve.deleted_answers_deleted_true", Provenance.Documented, Categories.State,
        "A deleted customer still retrieves: 200 with its id and deleted true, not 404",
        Sources.CustomerRetrieve, RequiresState = true)]
    public async Task A_deleted_customer_retrieves_with_deleted_true()
    {
        var customer = await CreateCustomerAsync();
        (await Api.DeleteCustomerAsync(customer)).Should(Expect.Status(200));

        var response = await Api.RetrieveCustomerAsync(customer);

        response.Should(Expect.Status(200), Expect.Field("/id", customer), Expect.Field("/deleted", true));
    }
}

using CreditGrantConformance.Client;

namespace CreditGrantConformance.Checks.CreditGrants;

public sealed partial class RetrieveCreditGrantTests
{
    [Check("retrieve.expands_customer", Provenance.Documented, Categories.Shape,
        "customer is expandable: expand[]=customer returns the customer object in place of its id", Sources.Expanding,
        RequiresState = true)]
    public async Task Retrieve_with_expand_customer_returns_the_customer_object()
    {
        var customer = await CustomerIdAsync();
        var created = await CreateGrantAsync();

        var response = await Api.RetrieveAsync(
            created.Id(),
            new FormParams { ["expand"] = new List<object?> { "customer" } });

        response.Should(
            Expect.Status(200),
            Expect.Field("/customer/id", customer),
            Expect.Field("/customer/object", "customer"));
    }
}

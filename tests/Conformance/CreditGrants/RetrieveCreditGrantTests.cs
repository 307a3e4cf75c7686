using CreditGrantConformance.Suite.Assertions;
using CreditGrantConformance.Suite.Checks;
using CreditGrantConformance.Suite.Fixtures;

namespace CreditGrantConformance.Checks.CreditGrants;

public sealed partial class RetrieveCreditGrantTests : CreditGrantTest
{
    [Test]
    [Check("retrieve.answers_a_credit_grant", Provenance.Spec, Categories.Shape,
        "GetBillingCreditGrantsId answers 200 with a billing.credit_grant (OpenAPI excerpt)")]
    public async Task Retrieve_answers_200_with_a_credit_grant()
    {
        var response = await Api.RetrieveAsync(await SharedGrantIdAsync());

        response.Should(Shapes.CreditGrant);
    }

    [Test]
    [RequiresState]
    [Check("retrieve.equals_created", Provenance.Spec, Categories.State,
        "GetBillingCreditGrantsId returns the billing.credit_grant that PostBillingCreditGrants created")]
    public async Task Retrieve_returns_the_grant_exactly_as_create_returned_it()
    {
        var created = await CreateGrantAsync();

        var response = await Api.RetrieveAsync(created.Id());

        response.Should(Expect.Status(200), Expect.Field("", created));
    }
}

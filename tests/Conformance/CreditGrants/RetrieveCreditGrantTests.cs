using CreditGrantConformance.Results.Summary;
using CreditGrantConformance.Suite.Assertions;
using CreditGrantConformance.Suite.Checks;
using CreditGrantConformance.Suite.Execution;
using CreditGrantConformance.Suite.Fixtures;

namespace CreditGrantConformance.Checks.CreditGrants;

public sealed partial class RetrieveCreditGrantTests : CreditGrantTest
{
    [Check("retrieve.answers_a_credit_grant", Provenance.Spec, Categories.Shape,
        "Retrieving a credit grant answers 200 with a billing.credit_grant object", Sources.SpecRetrieve)]
    public async Task Retrieve_answers_200_with_a_credit_grant()
    {
        var response = await Api.RetrieveAsync(await SharedGrantIdAsync());

        response.Should(Shapes.CreditGrant);
    }

    [Check("retrieve.equals_created", Provenance.Spec, Categories.State,
        "Retrieving a credit grant returns the billing.credit_grant that creating it returned", Sources.SpecRetrieve,
        RequiresState = true)]
    public async Task Retrieve_returns_the_grant_exactly_as_create_returned_it()
    {
        var created = await CreateGrantAsync();

        var response = await Api.RetrieveAsync(created.Id());

        response.Should(Expect.Status(200), Expect.Field("", created));
    }
}

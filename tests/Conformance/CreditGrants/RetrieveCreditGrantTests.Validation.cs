using CreditGrantConformance.Suite.Assertions;
using CreditGrantConformance.Suite.Checks;
using CreditGrantConformance.Suite.Http;
using CreditGrantConformance.Suite.Requests;

namespace CreditGrantConformance.Checks.CreditGrants;

public sealed partial class RetrieveCreditGrantTests
{
    private static IEnumerable<TestCaseData> InvalidInputs => InvalidCases.For(Operations.Retrieve);

    [TestCaseSource(nameof(InvalidInputs))]
    [Check("retrieve.rejects_invalid_input", Provenance.Spec, Categories.Validation, "Each entry of fixtures/invalid-inputs.json states its rule")]
    public async Task Retrieve_rejects_a_request_broken_in_one_place_naming_that_place(InvalidCase invalid)
    {
        var response = await Api.RetrieveAsync(await SharedGrantIdAsync(), invalid.Apply([]));

        response.ShouldReject(invalid.Expect);
    }
}

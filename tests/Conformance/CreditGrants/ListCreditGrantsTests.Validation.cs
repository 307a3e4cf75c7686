using CreditGrantConformance.Suite.Assertions;
using CreditGrantConformance.Suite.Checks;
using CreditGrantConformance.Suite.Http;
using CreditGrantConformance.Suite.Requests;

namespace CreditGrantConformance.Checks.CreditGrants;

public sealed partial class ListCreditGrantsTests
{
    private static IEnumerable<TestCaseData> InvalidInputs => InvalidCases.For(Operations.List);

    [TestCaseSource(nameof(InvalidInputs))]
    [Check("list.rejects_invalid_input", Provenance.Spec, Categories.Validation, "Each entry of fixtures/invalid-inputs.json states its rule")]
    public async Task List_rejects_a_request_broken_in_one_place_naming_that_place(InvalidCase invalid)
    {
        var response = await Api.ListAsync(invalid.Apply([]));

        response.ShouldReject(invalid.Expect);
    }
}

using CreditGrantConformance.Suite.Assertions;
using CreditGrantConformance.Suite.Checks;
using CreditGrantConformance.Suite.Http;
using CreditGrantConformance.Suite.Requests;

namespace CreditGrantConformance.Checks.CreditGrants;

public sealed partial class UpdateCreditGrantTests
{
    private static IEnumerable<TestCaseData> InvalidInputs => InvalidCases.For(Operations.Update);

    [TestCaseSource(nameof(InvalidInputs))]
    [Check("update.rejects_invalid_input", Provenance.Spec, Categories.Validation, "Each entry of fixtures/invalid-inputs.json states its rule")]
    public async Task Update_rejects_a_request_broken_in_one_place_naming_that_place(InvalidCase invalid)
    {
        var response = await Api.UpdateAsync(await SharedGrantIdAsync(), invalid.Apply([]));

        response.ShouldReject(invalid.Expect);
    }
}

using CreditGrantConformance.Suite.Assertions;
using CreditGrantConformance.Suite.Checks;
using CreditGrantConformance.Suite.Http;
using CreditGrantConformance.Suite.Requests;

namespace CreditGrantConformance.Checks.CreditGrants;

public sealed partial class VoidCreditGrantTests
{
    private static IEnumerable<TestCaseData> InvalidInputs => InvalidCases.For(Operations.Void);

    [TestCaseSource(nameof(InvalidInputs))]
    [Check("void.rejects_invalid_input", Provenance.Spec, Categories.Validation, "Each entry of fixtures/invalid-inputs.json states its rule")]
    public async Task Void_rejects_a_request_broken_in_one_place_naming_that_place(InvalidCase invalid)
    {
        var response = await Api.VoidAsync(await SharedGrantIdAsync(), invalid.Apply([]));

        response.ShouldReject(invalid.Expect);
    }
}

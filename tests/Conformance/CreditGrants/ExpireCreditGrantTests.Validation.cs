using CreditGrantConformance.Suite.Assertions;
using CreditGrantConformance.Suite.Checks;
using CreditGrantConformance.Suite.Http;
using CreditGrantConformance.Suite.Requests;

namespace CreditGrantConformance.Checks.CreditGrants;

public sealed partial class ExpireCreditGrantTests
{
    private static IEnumerable<TestCaseData> InvalidInputs => InvalidCases.For(Operations.Expire);

    [TestCaseSource(nameof(InvalidInputs))]
    [Check("expire.rejects_invalid_input", Provenance.Spec, Categories.Validation, "Each entry of fixtures/invalid-inputs.json states its rule")]
    public async Task Expire_rejects_a_request_broken_in_one_place_naming_that_place(InvalidCase invalid)
    {
        var response = await Api.ExpireAsync(await SharedGrantIdAsync(), invalid.Apply([]));

        response.ShouldReject(invalid.Expect);
    }
}

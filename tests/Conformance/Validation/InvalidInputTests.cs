using CreditGrantConformance.Operations;
using CreditGrantConformance.Suite.Assertions;
using CreditGrantConformance.Suite.Checks;
using CreditGrantConformance.Suite.Fixtures;
using CreditGrantConformance.Suite.Requests;

namespace CreditGrantConformance.Checks.Validation;

/// <summary>
/// Every entry of fixtures/invalid-inputs.json, over every operation: a valid request (create: a minimal grant; the
/// others: no parameters, on a grant of this fixture) broken in exactly one place, answered with the error of its
/// entry.
/// </summary>
public sealed class InvalidInputTests : CreditGrantTest
{
    private static IEnumerable<TestCaseData> Cases() => InvalidCases.All();

    [TestCaseSource(nameof(Cases))]
    [Check]
    public async Task A_request_broken_in_one_place_is_rejected_naming_that_place(InvalidCase invalid)
    {
        var valid = invalid.Operation == ApiOperation.Create ? await ValidGrantAsync() : [];
        var id = invalid.Operation.TakesId ? await SharedGrantIdAsync() : null;

        var response = await Api.SendAsync(invalid.Operation, id, invalid.Apply(valid), idempotencyKey: null);

        response.ShouldReject(invalid.Expect);
    }
}

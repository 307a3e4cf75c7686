using CreditGrantConformance.Client;
using CreditGrantConformance.Operations;
using CreditGrantConformance.Suite.Assertions;
using CreditGrantConformance.Suite.Checks;
using CreditGrantConformance.Suite.Fixtures;

namespace CreditGrantConformance.Checks.CrossCutting;

/// <summary>Every operation on one grant answers 404 resource_missing for an id that does not exist.</summary>
public sealed class UnknownIdTests : ConformanceTest
{
    private const string Missing = "credgr_test_conformanceDoesNotExist0001";
    private const string Rule =
        "A request for an object that does not exist answers 404 invalid_request_error with code resource_missing";

    // Every operation whose path names a grant, with the smallest parameters it accepts.
    private static IEnumerable<TestCaseData> Cases() =>
        ApiOperation.CreditGrants.Where(o => o.TakesId).Select(operation =>
        {
            var info = new CheckInfo(
                $"{operation.Label}.unknown_id_answers_404",
                $"{operation.Label} of an unknown id answers 404",
                Categories.Errors,
                Provenance.Documented,
                Rule,
                Sources.ErrorCodes,
                RequiresState: true);
            return CheckCase.Of(info, operation);
        });

    [TestCaseSource(nameof(Cases))]
    [Check]
    public async Task An_operation_on_an_unknown_id_answers_404_resource_missing(ApiOperation operation)
    {
        var parameters = operation == ApiOperation.Update
            ? new FormParams { ["metadata"] = new FormParams { ["a"] = "b" } }
            : null;

        var response = await Api.SendAsync(operation, Missing, parameters, idempotencyKey: null);

        response.Should(
            Expect.Status(404),
            Expect.Error("invalid_request_error"),
            Expect.ErrorCode("resource_missing", Provenance.Documented));
    }
}

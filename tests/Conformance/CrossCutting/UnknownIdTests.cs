using CreditGrantConformance.Client;
using CreditGrantConformance.Operations;
using CreditGrantConformance.Suite.Requests;

namespace CreditGrantConformance.Checks.CrossCutting;

/// <summary>
/// Every operation whose path names an object (a grant, a customer, a test clock, a credit balance transaction)
/// answers 404 resource_missing for an id that does not exist.
/// </summary>
public sealed class UnknownIdTests : ConformanceTest
{
    private const string Missing = "conformanceDoesNotExist0001";
    private const string Rule =
        "A request for an object that does not exist answers 404 invalid_request_error with code resource_missing";

    // Every operation whose path names an object, with the smallest parameters it accepts.
    private static IEnumerable<TestCaseData> Cases() =>
        ApiOperation.All.Where(o => o.TakesId).Select(operation =>
        {
            var info = new CheckInfo(
                $"{operation.Label}.unknown_id_answers_404",
                $"{operation.Label} of an unknown id answers 404",
                Categories.Errors,
                Provenance.Documented,
                Rule,
                Sources.ErrorCodes)
            {
                RequiresState = true,
            };
            return CheckCase.Of(info, operation);
        });

    [TestCaseSource(nameof(Cases))]
    [Check]
    public async Task An_operation_on_an_unknown_id_answers_404_resource_missing(ApiOperation operation)
    {
        var parameters = operation == ApiOperation.Update
            ? GrantRequests.Metadata("a", "b")
            : operation == ApiOperation.AdvanceTestClock
                ? new FormParams { ["frozen_time"] = Clock.Now + 3600 }
                : null;

        var response = await Api.SendAsync(operation, PrefixOf(operation) + Missing, parameters, idempotencyKey: null);

        response.Should(
            Expect.Status(404),
            Expect.Error("invalid_request_error"),
            Expect.ErrorCode("resource_missing", Provenance.Documented));
    }

    // The id prefix of the object the operation names, so the id looks like one of its kind.
    private static string PrefixOf(ApiOperation operation) =>
        ApiOperation.CustomerOperations.Contains(operation) ? "cus_"
        : ApiOperation.TestClockOperations.Contains(operation) ? "clock_"
        : ApiOperation.CreditBalance.Contains(operation) ? "credbaltxn_"
        : "credgr_test_";
}

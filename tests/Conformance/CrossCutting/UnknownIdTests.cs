using CreditGrantConformance.Client;
using CreditGrantConformance.Suite.Assertions;
using CreditGrantConformance.Suite.Checks;
using CreditGrantConformance.Suite.Fixtures;
using CreditGrantConformance.Suite.Http;

namespace CreditGrantConformance.Checks.CrossCutting;

/// <summary>Every operation on one grant answers 404 resource_missing for an id that does not exist.</summary>
public sealed class UnknownIdTests : ConformanceTest
{
    private const string Missing = "credgr_test_conformanceDoesNotExist0001";

    private static IEnumerable<TestCaseData> Cases()
    {
        yield return Case(Operations.Retrieve, () => Api.RetrieveAsync(Missing));
        yield return Case(Operations.Update, () => Api.UpdateAsync(Missing, new FormParams { ["metadata"] = new FormParams { ["a"] = "b" } }));
        yield return Case(Operations.Expire, () => Api.ExpireAsync(Missing));
        yield return Case(Operations.Void, () => Api.VoidAsync(Missing));
    }

    [TestCaseSource(nameof(Cases))]
    [RequiresState]
    [Check("errors.unknown_id_answers_404", Provenance.Documented, Categories.Errors,
        "A request for an object that does not exist answers 404 with code resource_missing (API reference, errors; error codes)")]
    public async Task An_operation_on_an_unknown_id_answers_404_resource_missing(Func<Task<StripeResponse>> send)
    {
        var response = await send();

        response.Should(Expect.Status(404), Expect.Error("invalid_request_error", code: "resource_missing"));
    }

    private static TestCaseData Case(string operation, Func<Task<StripeResponse>> send) =>
        new TestCaseData(send).SetName($"{operation} / unknown id").SetCategory(operation).SetProperty(CheckAttribute.IdProperty, operation + ".unknown_id_answers_404");
}

using CreditGrantConformance.Operations;
using CreditGrantConformance.Suite.Requests;

namespace CreditGrantConformance.Checks.Validation;

/// <summary>
/// Every entry of fixtures/boundary-inputs.json: a request exactly at a documented limit is accepted and echoed. With
/// the other side of each limit in InvalidInputTests, an off-by-one on either side fails a check every run.
/// </summary>
public sealed class BoundaryTests : CreditGrantTest
{
    // Echoing what was sent needs a target that keeps what it is given: each case of the file says requires_state, so
    // fixture-answering mocks are not judged here.
    private static IEnumerable<TestCaseData> Cases() => BoundaryCatalogue.All.Select(c => CheckCase.Of(c.Check, c));

    [TestCaseSource(nameof(Cases))]
    [Check]
    public async Task A_request_at_a_documented_limit_is_accepted_and_echoed(BoundaryCase boundary)
    {
        var valid = boundary.Operation == ApiOperation.Create ? await ValidGrantAsync() : [];
        var id = !boundary.Operation.TakesId
            ? null
            : boundary.FreshGrant ? (await CreateGrantAsync()).Id() : await SharedGrantIdAsync();
        var request = boundary.Apply(valid);

        var response = await Api.SendAsync(boundary.Operation, id, request, idempotencyKey: null);

        response.Should([.. boundary.Expectations(request)]);
    }
}

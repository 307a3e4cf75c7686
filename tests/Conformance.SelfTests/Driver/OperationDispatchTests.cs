using CreditGrantConformance.Client;
using CreditGrantConformance.Operations;

namespace CreditGrantConformance.SelfTests.Driver;

/// <summary>
/// SDK mode dispatches a request to its driver operation by the descriptor the request carries, with the id as given;
/// a request read back as text (an archive's entry) finds its operation from its method and path
/// (<see cref="ApiOperation.Match"/>), and no other operation shares them.
/// </summary>
public sealed class OperationDispatchTests
{
    private const string Id = "obj_Dispatch1";

    [TestCaseSource(nameof(Operations))]
    public void Every_operations_request_carries_its_descriptor_and_the_id_as_given(ApiOperation operation)
    {
        var id = operation.TakesId ? Id : null;

        var request = operation.Request(id, null);

        Assert.Multiple(() =>
        {
            Assert.That(request.Operation, Is.SameAs(operation));
            Assert.That(request.ObjectId, Is.EqualTo(id));
            Assert.That(request.Path, Is.EqualTo(operation.PathFor(id)));
        });
    }

    [TestCaseSource(nameof(Operations))]
    public void Every_operation_is_matched_from_its_method_and_path_and_no_other_matches(ApiOperation operation)
    {
        var id = operation.TakesId ? Id : null;
        var path = operation.PathFor(id);

        Assert.Multiple(() =>
        {
            Assert.That(ApiOperation.Match(operation.Method, path), Is.EqualTo((operation, id)));
            Assert.That(ApiOperation.All.Where(o => o.Method == operation.Method && o.Matches(path)), Has.One.Items);
        });
    }

    private static IEnumerable<TestCaseData> Operations() =>
        ApiOperation.All.Select(o => new TestCaseData(o).SetArgDisplayNames(o.Name));
}

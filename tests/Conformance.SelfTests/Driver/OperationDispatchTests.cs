using CreditGrantConformance.Operations;

namespace CreditGrantConformance.SelfTests.Driver;

/// <summary>
/// SDK mode dispatches a request to its driver operation by the descriptor alone (<see cref="ApiOperation.Match"/>):
/// every operation is found from its own method and path, and no other operation shares them.
/// </summary>
public sealed class OperationDispatchTests
{
    private const string Id = "obj_Dispatch1";

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

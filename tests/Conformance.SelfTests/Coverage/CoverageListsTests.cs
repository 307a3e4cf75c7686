using CreditGrantConformance.Operations;
using CreditGrantConformance.Suite.Coverage;

namespace CreditGrantConformance.SelfTests.Coverage;

/// <summary>
/// The repository's coverage lists name only what exists: an operation label, and an item the ledger counts (a typo
/// would leave the real item counted and the entry silently unused).
/// </summary>
public sealed class CoverageListsTests
{
    [Test]
    public void Every_out_of_reach_item_is_an_item_of_the_ledger_with_a_reason()
    {
        var ledger = CoverageLedger.Of([]);

        var unknown = CoverageLists.All.OutOfReach
            .Where(o => !ledger.Operations.Any(op => op.Operation == o.Operation
                && op.Of(o.Kind).Any(i => i.Name == o.Item)))
            .Select(o => $"{o.Operation} {o.Kind.Name()} {o.Item}");

        Assert.Multiple(() =>
        {
            Assert.That(unknown, Is.Empty, "out-of-reach entries that name nothing the ledger counts");
            Assert.That(CoverageLists.All.OutOfReach.Where(o => o.Reason.Length < 40), Is.Empty, "reasons, in full");
        });
    }

    [Test]
    public void Every_named_error_belongs_to_an_operation_and_says_why()
    {
        var labels = ApiOperation.All.Select(o => o.Label).ToHashSet(StringComparer.Ordinal);

        Assert.Multiple(() =>
        {
            Assert.That(CoverageLists.All.Errors.Keys.Where(k => !labels.Contains(k)), Is.Empty);
            Assert.That(
                CoverageLists.All.Errors.SelectMany(e => e.Value).Where(e => !e.Reason.Contains("https://")),
                Is.Empty,
                "every named error cites its public source");
        });
    }
}

using CreditGrantConformance.ReferenceServer.Faults;

namespace CreditGrantConformance.SelfTests.Server.Ledger;

/// <summary>
/// Every fault of the ledger and the clocks visibly breaks its rule: the probe holds on the clean server and fails on
/// the server started with the fault.
/// </summary>
public sealed class LedgerFaultTests
{
    private static IEnumerable<TestCaseData> Faults => LedgerFaults.All.Select(f => new TestCaseData(f.Name)
        .SetName($"Fault {f.Name} breaks its rule"));

    [Test]
    public void Every_ledger_fault_has_a_probe()
    {
        Assert.That(LedgerFaultProbes.ByFault.Keys, Is.EquivalentTo(LedgerFaults.All.Select(f => f.Name)));
    }

    [TestCaseSource(nameof(Faults))]
    public async Task Each_fault_breaks_its_rule(string fault)
    {
        var probe = LedgerFaultProbes.ByFault[fault];
        await using var clean = await LedgerServer.StartAsync();
        await using var faulty = await LedgerServer.StartAsync(fault);

        var holds = await probe(clean.Client);
        var broken = !await probe(faulty.Client);

        Assert.Multiple(() =>
        {
            Assert.That(holds, Is.True, "the clean server keeps the rule");
            Assert.That(broken, Is.True, $"the server with {fault} breaks it");
        });
    }
}

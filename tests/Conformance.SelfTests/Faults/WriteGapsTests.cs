using System.Text.Json.Nodes;
using CreditGrantConformance.ReferenceServer;
using CreditGrantConformance.Suite.Configuration;

namespace CreditGrantConformance.SelfTests.Faults;

/// <summary>
/// Adopting the suite in one step: a run against a faulty mock writes a known-gap file of its failures; with it the
/// same mock passes; once the faults are fixed, the stale entries fail the run as unexpected passes.
/// </summary>
public sealed class WriteGapsTests
{
    private static readonly string Root = Path.Combine(FaultRuns.ResultsRoot, "write-gaps");
    private static readonly HashSet<string> Faults = ["create.allows_nonpositive_value", "update.metadata_replaces"];

    [Test]
    public async Task A_written_gap_file_makes_the_faulty_target_pass_and_a_fixed_one_fail_as_unexpected_passes()
    {
        Directory.CreateDirectory(Root);
        var gaps = Path.Combine(Root, "gaps.json");
        File.Delete(gaps);

        var first = await FaultRuns.RunAgainstAsync(
            new ReferenceServerOptions { Faults = Faults },
            Path.Combine(Root, "first"),
            new Dictionary<string, string> { [SettingNames.WriteGaps] = gaps });
        var entries = JsonNode.Parse(await File.ReadAllTextAsync(gaps))!["gaps"]!.AsArray()
            .Select(e => e!["check"]!.ToString())
            .ToList();
        var gated = await FaultRuns.RunAgainstAsync(
            new ReferenceServerOptions { Faults = Faults },
            Path.Combine(Root, "gated"),
            new Dictionary<string, string> { [SettingNames.Expectations] = gaps });
        var fixedTarget = await FaultRuns.RunAgainstAsync(
            new ReferenceServerOptions(),
            Path.Combine(Root, "fixed"),
            new Dictionary<string, string> { [SettingNames.Expectations] = gaps });

        Assert.Multiple(() =>
        {
            Assert.That(first.Verdict, Is.EqualTo("fail"), first.Describe());
            Assert.That(entries, Is.EquivalentTo(first.FailedChecks), "one exact entry per failing check");
            Assert.That(gated.Verdict, Is.EqualTo("pass"), gated.Describe());
            Assert.That(gated.Total("expected_failure"), Is.EqualTo(entries.Count));
            Assert.That(fixedTarget.Verdict, Is.EqualTo("fail"), fixedTarget.Describe());
            Assert.That(
                fixedTarget.Total("unexpected_pass"),
                Is.EqualTo(entries.Count),
                fixedTarget.Describe());
        });
    }
}

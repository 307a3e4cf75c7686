using System.Text.Json.Nodes;
using CreditGrantConformance.SelfTests.Faults;
using CreditGrantConformance.Suite.Configuration;
using CreditGrantConformance.Suite.Coverage;

namespace CreditGrantConformance.SelfTests.Coverage;

/// <summary>
/// Holds the default run (the suite against its embedded server, default property cases) at 100% of request
/// parameters, request enum values and named errors of every operation: a parameter, an enum value or a named error
/// added without a check that sends it fails here by name. What is out of reach is listed with its reason in
/// <c>fixtures/coverage/out-of-reach.json</c>.
/// </summary>
public sealed class DefaultRunCoverageTests
{
    private static readonly Lazy<Task<JsonObject>> Ledger = new(RunAsync);

    private static IEnumerable<TestCaseData> HeldKinds() =>
        CoverageKinds.Held.Select(k => new TestCaseData(k).SetArgDisplayNames(k.Name()));

    [TestCaseSource(nameof(HeldKinds))]
    public async Task The_default_run_exercises_every_item_of_a_held_kind(CoverageKind kind)
    {
        var ledger = await Ledger.Value;
        var never = ledger["never_exercised"]![kind.Name()]!.AsArray().Select(n => n!.ToString()).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(
                never,
                Is.Empty,
                $"the default run never exercised these {kind.Label()}: add a check that sends each (CONTRIBUTING.md, "
                + "Adding a parameter), or list it in fixtures/coverage/out-of-reach.json with its reason");
            Assert.That(ledger["figures"]![kind.Name()]!["total"]!.GetValue<int>(), Is.Positive);
        });
    }

    private static async Task<JsonObject> RunAsync()
    {
        var results = Path.Combine(FaultRuns.ResultsRoot, "coverage", "default");
        var run = await SuiteInProcess.RunAsync(
            null,
            null,
            results,
            new Dictionary<string, string> { [SettingNames.PropertyCases] = "100" });
        Assert.That(run.Verdict, Is.EqualTo("pass"), run.Describe());
        return JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(results, CoverageFile.FileName)))!.AsObject();
    }
}

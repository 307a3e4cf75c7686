using CreditGrantConformance.ReferenceServer;
using CreditGrantConformance.Suite.Configuration;

namespace CreditGrantConformance.SelfTests.Faults;

/// <summary>
/// The concurrency checks (docs/concurrency.md) pass against the clean and the lenient reference server and catch each
/// race fault, under two seeds each: a verdict that holds whatever order the seed starts the writes in and however
/// the scheduler interleaves them. A caught check-then-act also shows the burst reaches the server at once: its
/// requests create a grant each only when they arrive within the fault's window of one another.
/// </summary>
public sealed class RaceTests
{
    private const string Filter = "TestCategory=concurrency";

    private static readonly string[] Seeds = ["1", "20261203"];

    private static readonly bool[] Leniencies = [false, true];

    private static IEnumerable<TestCaseData> Faithful() =>
        Seeds.SelectMany(seed => Leniencies.Select(lenient =>
            new TestCaseData(lenient, seed).SetName($"{(lenient ? "lenient" : "clean")} server, seed {seed}")));

    private static IEnumerable<TestCaseData> Faults() =>
        Seeds.SelectMany(seed => new[]
        {
            ("idempotency.check_then_act", "concurrency.same_key_at_once_creates_one_grant"),
            ("grant.lost_update", "concurrency.racing_writes_have_a_serial_explanation"),
        }.Select(f => new TestCaseData(f.Item1, f.Item2, seed).SetName($"{f.Item1}, seed {seed}")));

    [TestCaseSource(nameof(Faithful))]
    public async Task A_faithful_server_passes_every_concurrency_check(bool lenient, string seed)
    {
        var run = await RunAsync(new ReferenceServerOptions { Lenient = lenient }, seed);

        Assert.Multiple(() =>
        {
            Assert.That(run.FailedChecks, Is.Empty, run.Describe());
            Assert.That(run.IdsWith("passed"), Has.Count.EqualTo(2), run.Describe());
        });
    }

    [TestCaseSource(nameof(Faults))]
    public async Task A_race_fault_is_caught_by_its_check_alone(string fault, string check, string seed)
    {
        var run = await RunAsync(new ReferenceServerOptions { Faults = new HashSet<string> { fault } }, seed);

        Assert.That(run.FailedChecks, Is.EqualTo((string[])[check]), run.Describe());
    }

    private static async Task<SuiteRun> RunAsync(ReferenceServerOptions options, string seed)
    {
        var key = "sk_test_race_" + Guid.NewGuid().ToString("N");
        await using var server = await ReferenceServerHost.StartAsync(
            options with { ApiKeys = new HashSet<string> { key } });
        return await SuiteInProcess.RunAsync(
            server.BaseUrl,
            key,
            Path.Combine(FaultRuns.ResultsRoot, "races", Guid.NewGuid().ToString("N")),
            new Dictionary<string, string> { [SettingNames.Seed] = seed, [SettingNames.Strictness] = "assumed" },
            Filter);
    }
}

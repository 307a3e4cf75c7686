using CreditGrantConformance.SelfTests.Faults;
using CreditGrantConformance.Suite.Configuration;

namespace CreditGrantConformance.SelfTests.Driver;

/// <summary>
/// SDK mode with the official Node SDK (drivers/node): the suite passes through it, with only the checks an SDK call
/// cannot express reported not applicable; a driver that drops a parameter or mangles nesting fails the wire check.
/// </summary>
[Category("driver")]
public sealed class DriverTests
{
    private const string NodeDriver = "node drivers/node/stripe-driver.mjs";
    private static readonly string Root = Path.Combine(FaultRuns.ResultsRoot, "driver");

    [OneTimeSetUp]
    public Task InstallAsync() => NodeTools.EnsureInstalledAsync();

    [Test]
    public async Task Through_the_node_sdk_the_suite_passes_and_only_raw_http_checks_are_not_applicable()
    {
        var run = await RunAsync(SuiteProcess.RunAsync, NodeDriver, "node");

        var notApplicable = run.Checks
            .Where(c => c["outcome"]?.ToString() == "not_applicable")
            .Select(c => c["id"]!.ToString())
            .ToList();
        var environment = await File.ReadAllTextAsync(
            Path.Combine(Root, "node", "allure-results", "environment.properties"));
        Assert.Multiple(() =>
        {
            Assert.That(run.Summary?["verdict"]?.ToString(), Is.EqualTo("pass"), run.Describe());
            Assert.That(
                notApplicable,
                Is.Not.Empty.And.All.Match("^(auth|routes|headers)\\."),
                "only checks that send raw HTTP (auth, routes, headers) are beyond an SDK");
            Assert.That(run.Checks.Count(c => c["outcome"]?.ToString() == "passed"), Is.GreaterThan(100));
            Assert.That(environment, Does.Contain("driver=stripe-node (stripe 23.1.0)"));
        });
    }

    [TestCase("drop-metadata", "parameter missing or changed: metadata[conformance_run]=")]
    [TestCase("flatten-nesting", "parameter missing or changed: amount[type]=monetary")]
    public async Task A_broken_driver_is_caught_by_the_wire_check(string defect, string expected)
    {
        var run = await RunAsync(
            SuiteInProcess.RunAsync,
            $"node tests/Conformance.SelfTests/Driver/broken-stripe-driver.mjs {defect}",
            defect);

        var wireFailures = run.Checks
            .Where(c => c["outcome"]?.ToString() == "failed"
                && c["reason"]!.ToString().Contains("Wire check", StringComparison.Ordinal))
            .ToList();
        Assert.Multiple(() =>
        {
            Assert.That(run.Summary?["verdict"]?.ToString(), Is.EqualTo("fail"), run.Describe());
            Assert.That(wireFailures, Is.Not.Empty, run.Describe());
            Assert.That(wireFailures.Select(c => c["reason"]!.ToString()), Has.Some.Contain(expected));
        });
    }

    // The passing run as a user runs it, its own process; the broken drivers' runs in-process, which judges the same
    // (EndToEndTests).
    private static Task<SuiteRun> RunAsync(SuiteRunner runner, string driver, string name) =>
        runner(
            null,
            null,
            Path.Combine(Root, name),
            new Dictionary<string, string> { [SettingNames.Driver] = driver },
            null);
}

using CreditGrantConformance.SelfTests.Faults;
using CreditGrantConformance.Suite.Configuration;

namespace CreditGrantConformance.SelfTests.Driver;

/// <summary>
/// What every SDK driver must show, once per driver: the suite passes through it with only the checks an SDK call
/// cannot express reported not applicable, the run records which SDK it went through, and the driver built with a
/// defect (a parameter dropped, nesting flattened) fails the wire check.
/// </summary>
[Category("driver")]
public abstract class SdkDriverTests
{
    protected static readonly string Root = Path.Combine(FaultRuns.ResultsRoot, "driver");

    /// <summary>The name of this driver's runs under the results root.</summary>
    protected abstract string Name { get; }

    /// <summary>The line Allure's environment gives the driver (name, SDK and version).</summary>
    protected abstract string EnvironmentLine { get; }

    /// <summary>The command of the driver, or of the driver with a defect.</summary>
    protected abstract string Driver(string? defect = null);

    [Test]
    public async Task Through_the_sdk_the_suite_passes_and_only_raw_http_checks_are_not_applicable()
    {
        var run = await RunAsync(SuiteProcess.RunAsync, Driver(), Name);

        var notApplicable = run.IdsWith("not_applicable");
        var environment = await File.ReadAllTextAsync(
            Path.Combine(Root, Name, "allure-results", "environment.properties"));
        Assert.Multiple(() =>
        {
            Assert.That(run.Verdict, Is.EqualTo("pass"), run.Describe());
            Assert.That(
                notApplicable,
                Is.Not.Empty.And.All.Match("^(auth|routes|headers|concurrency)\\."),
                "only checks that send raw HTTP (auth, routes, headers) or at once (concurrency) are beyond an SDK");
            Assert.That(run.IdsWith("passed"), Has.Count.GreaterThan(100));
            Assert.That(environment, Does.Contain(EnvironmentLine));
        });
        AlsoOfThePassingRun(run, environment);
    }

    [TestCase("drop-metadata", "parameter missing or changed: metadata[conformance_run]=")]
    // Every check's customer goes through the SDK first, so a flattened nesting shows in its metadata.
    [TestCase("flatten-nesting", "parameter the call did not ask for: metadata={\"conformance_run\":")]
    public async Task A_broken_driver_is_caught_by_the_wire_check(string defect, string expected)
    {
        var run = await RunAsync(SuiteInProcess.RunAsync, Driver(defect), $"{Name}-{defect}");

        var wireFailures = run.ChecksWith("failed")
            .Where(c => c.Reason!.Contains("Wire check", StringComparison.Ordinal))
            .ToList();
        Assert.Multiple(() =>
        {
            Assert.That(run.Verdict, Is.EqualTo("fail"), run.Describe());
            Assert.That(wireFailures, Is.Not.Empty, run.Describe());
            Assert.That(wireFailures.Select(c => c.Reason), Has.Some.Contain(expected));
        });
    }

    /// <summary>What a driver's passing run must also show (the API version an SDK pins, for one).</summary>
    private protected virtual void AlsoOfThePassingRun(SuiteRun run, string environment)
    {
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

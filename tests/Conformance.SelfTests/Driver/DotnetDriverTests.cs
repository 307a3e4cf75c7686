using CreditGrantConformance.SelfTests.Faults;
using CreditGrantConformance.Suite.Configuration;

namespace CreditGrantConformance.SelfTests.Driver;

/// <summary>
/// SDK mode with Stripe.net (drivers/dotnet, built with the solution): the suite passes through it, with only the
/// checks an SDK call cannot express reported not applicable, under the API version the SDK pins; the driver built with
/// a defect fails the wire check; and a STRIPE_VERSION the SDK cannot send stops the run before any request.
/// </summary>
[Category("driver")]
public sealed class DotnetDriverTests
{
    private const string PinnedVersion = "2026-10-28.endive";
    private static readonly string Root = Path.Combine(FaultRuns.ResultsRoot, "driver");

    [Test]
    public async Task Through_stripe_net_the_suite_passes_and_only_raw_http_checks_are_not_applicable()
    {
        var run = await RunAsync(SuiteProcess.RunAsync, Driver(), "dotnet");

        var notApplicable = run.Checks
            .Where(c => c["outcome"]?.ToString() == "not_applicable")
            .Select(c => c["id"]!.ToString())
            .ToList();
        var environment = await File.ReadAllTextAsync(
            Path.Combine(Root, "dotnet", "allure-results", "environment.properties"));
        Assert.Multiple(() =>
        {
            Assert.That(run.Summary?["verdict"]?.ToString(), Is.EqualTo("pass"), run.Describe());
            Assert.That(
                notApplicable,
                Is.Not.Empty.And.All.Match("^(auth|routes|headers)\\."),
                "only checks that send raw HTTP (auth, routes, headers)");
            Assert.That(run.Checks.Count(c => c["outcome"]?.ToString() == "passed"), Is.GreaterThan(100));
            Assert.That(
                run.Summary?["driver"]?["api_versions_sent"]?.ToJsonString(),
                Is.EqualTo($"[\"{PinnedVersion}\"]"),
                "the SDK's own version, recorded");
            Assert.That(
                environment,
                Does.Contain("driver=stripe-net (Stripe.net 53.1.0)")
                    .And.Contain("driver.api_versions_sent=" + PinnedVersion));
        });
    }

    [TestCase("drop-metadata", "parameter missing or changed: metadata[conformance_run]=")]
    [TestCase("flatten-nesting", "parameter missing or changed: amount[type]=monetary")]
    public async Task A_broken_dotnet_driver_is_caught_by_the_wire_check(string defect, string expected)
    {
        var run = await RunAsync(SuiteInProcess.RunAsync, Driver("--defect", defect), "dotnet-" + defect);

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

    [Test]
    public async Task A_stripe_version_the_sdk_cannot_send_stops_the_run_before_any_request()
    {
        var settings = new Dictionary<string, string>
        {
            [SettingNames.Driver] = Driver(),
            [SettingNames.StripeVersion] = "2026-07-29.dahlia",
        };
        var run = await SuiteProcess.RunAsync(
            null,
            null,
            Path.Combine(Root, "dotnet-pinned-version"),
            settings,
            "FullyQualifiedName~RetrieveCreditGrantTests");

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.Not.Zero);
            Assert.That(
                run.Summary?["verdict"]?.ToString(),
                Is.EqualTo("not_started"),
                "no request, so nothing judged");
            Assert.That(
                run.Console,
                Does.Contain("stopped before any request").And.Contain($"pins API version {PinnedVersion}"));
            Assert.That(run.Console, Does.Contain("Unset STRIPE_VERSION"), "the message says what to do");
        });
    }

    // The driver as the solution built it, in the configuration of these tests (see the ProjectReference in the
    // csproj).
    private static string Driver(params string[] arguments)
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
        var path = Path.Combine("drivers", "dotnet", "bin", configuration, "net10.0", "StripeNetDriver.dll");
        Assert.That(
            File.Exists(Path.Combine(RepositoryLocator.FindRoot(), path)),
            $"Build drivers/dotnet first: {path} is missing.");
        return string.Join(' ', ["dotnet", path, .. arguments]);
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

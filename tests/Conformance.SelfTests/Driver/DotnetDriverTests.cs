using CreditGrantConformance.SelfTests.Faults;
using CreditGrantConformance.Suite.Configuration;

namespace CreditGrantConformance.SelfTests.Driver;

/// <summary>
/// SDK mode with Stripe.net (drivers/dotnet, built with the solution, its defects behind --defect): under the API
/// version the SDK pins, recorded; and a STRIPE_VERSION the SDK cannot send stops the run before any request.
/// </summary>
public sealed class DotnetDriverTests : SdkDriverTests
{
    private const string PinnedVersion = "2026-10-28.endive";

    protected override string Name => "dotnet";

    protected override string EnvironmentLine => "driver=stripe-net (Stripe.net 53.1.0)";

    protected override string Driver(string? defect = null) => defect is null ? Built() : Built("--defect", defect);

    private protected override void AlsoOfThePassingRun(SuiteRun run, string environment) =>
        Assert.Multiple(() =>
        {
            Assert.That(
                run.Summary?.Driver?.ApiVersionsSent,
                Is.EqualTo((string[])[PinnedVersion]),
                "the SDK's own version, recorded");
            Assert.That(environment, Does.Contain("driver.api_versions_sent=" + PinnedVersion));
        });

    [Test]
    public async Task A_stripe_version_the_sdk_cannot_send_stops_the_run_before_any_request()
    {
        var settings = new Dictionary<string, string>
        {
            [SettingNames.Driver] = Built(),
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
                run.Verdict,
                Is.EqualTo("not_started"),
                "no request, so nothing judged");
            Assert.That(
                run.Console,
                Does.Contain("no request was sent").And.Contain($"pins API version {PinnedVersion}"));
            Assert.That(run.Console, Does.Contain("Unset STRIPE_VERSION"), "the message says what to do");
        });
    }

    // The driver as the solution built it, in the configuration of these tests (see the ProjectReference in the
    // csproj).
    internal static string Built(params string[] arguments)
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
        var path = Path.Combine("drivers", "dotnet", "bin", configuration, "net10.0", "StripeNetDriver.dll");
        Assert.That(
            File.Exists(Path.Combine(RepositoryLocator.FindRoot(), path)),
            $"Build drivers/dotnet first: {path} is missing.");
        return string.Join(' ', ["dotnet", path, .. arguments]);
    }
}

namespace CreditGrantConformance.SelfTests.Driver;

/// <summary>SDK mode with the official Node SDK (drivers/node), its broken twin beside these tests.</summary>
public sealed class NodeDriverTests : SdkDriverTests
{
    protected override string Name => "node";

    protected override string EnvironmentLine => "driver=stripe-node (stripe 23.1.0)";

    [OneTimeSetUp]
    public Task InstallAsync() => NodeTools.EnsureInstalledAsync();

    protected override string Driver(string? defect = null) => defect is null
        ? "node drivers/node/stripe-driver.mjs"
        : $"node tests/Conformance.SelfTests/Driver/broken-stripe-driver.mjs {defect}";
}

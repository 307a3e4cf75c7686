namespace CreditGrantConformance.SelfTests.Server.Ledger;

/// <summary>One clean reference server per fixture, spoken to through a <see cref="LedgerClient"/>.</summary>
public abstract class LedgerFixture
{
    private LedgerServer server = null!;

    protected LedgerClient Api => server.Client;

    [OneTimeSetUp]
    public async Task StartAsync() => server = await LedgerServer.StartAsync();

    [OneTimeTearDown]
    public async Task StopAsync() => await server.DisposeAsync();
}

using System.Net.Http.Headers;
using CreditGrantConformance.ReferenceServer;

namespace CreditGrantConformance.SelfTests.Server.Ledger;

/// <summary>A reference server (clean, or with the given faults) and a <see cref="LedgerClient"/> to it.</summary>
public sealed class LedgerServer : IAsyncDisposable
{
    private readonly RunningReferenceServer server;
    private readonly HttpClient http;

    private LedgerServer(RunningReferenceServer server)
    {
        this.server = server;
        http = new HttpClient { BaseAddress = server.BaseUrl };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "sk_test_ledgerSelfTest");
        Client = new LedgerClient(http);
    }

    public LedgerClient Client { get; }

    public static async Task<LedgerServer> StartAsync(params string[] faults) =>
        new(await ReferenceServerHost.StartAsync(new ReferenceServerOptions { Faults = faults.ToHashSet() }));

    public async ValueTask DisposeAsync()
    {
        http.Dispose();
        await server.DisposeAsync();
    }
}

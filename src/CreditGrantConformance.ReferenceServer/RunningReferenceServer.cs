namespace CreditGrantConformance.ReferenceServer;

/// <summary>A reference server started in-process on loopback; disposing stops it.</summary>
public sealed class RunningReferenceServer(WebApplication app, Uri baseUrl) : IAsyncDisposable
{
    public Uri BaseUrl { get; } = baseUrl;

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}

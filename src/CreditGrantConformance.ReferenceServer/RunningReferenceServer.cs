namespace CreditGrantConformance.ReferenceServer;

/// <summary>A reference server started in-process on loopback; disposing stops it.</summary>
public sealed class RunningReferenceServer(WebApplication app, Uri baseUrl, Infrastructure.RequestLog requests)
    : IAsyncDisposable
{
    public Uri BaseUrl { get; } = baseUrl;

    /// <summary>
    /// What the server received; empty unless started with <see cref="ReferenceServerOptions.RecordRequests"/>.
    /// </summary>
    public Infrastructure.RequestLog Requests { get; } = requests;

    /// <summary>
    /// The server's services, for tools that work in-process (the benchmarks fill its stores directly).
    /// </summary>
    public IServiceProvider Services => app.Services;

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}

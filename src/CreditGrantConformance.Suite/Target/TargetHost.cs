using CreditGrantConformance.ReferenceServer;
using CreditGrantConformance.Results.Recording;
using CreditGrantConformance.Suite.Configuration;

namespace CreditGrantConformance.Suite.Target;

/// <summary>
/// Where requests go: the configured base URL, or the embedded reference server started for this run.
/// </summary>
public sealed class TargetHost : IAsyncDisposable
{
    private readonly RunningReferenceServer? embedded;

    private TargetHost(Uri baseUrl, RunningReferenceServer? embedded)
    {
        BaseUrl = baseUrl;
        this.embedded = embedded;
    }

    public Uri BaseUrl { get; }

    /// <summary>
    /// What the embedded server received, recorded when the run drives an SDK; null for any other target.
    /// </summary>
    public IRecordedRequests? Received => embedded?.Requests;

    public string Description => embedded is null ? BaseUrl.ToString() : $"embedded reference server at {BaseUrl}";

    public static async Task<TargetHost> StartAsync(ConformanceSettings settings)
    {
        if (settings.BaseUrl is { } url)
        {
            return new TargetHost(url, null);
        }

        var server = await ReferenceServerHost.StartAsync(new ReferenceServerOptions
        {
            ApiKeys = new HashSet<string> { settings.ApiKey },
            RecordRequests = settings.Driver is not null,
        }).ConfigureAwait(false);
        return new TargetHost(server.BaseUrl, server);
    }

    public async ValueTask DisposeAsync()
    {
        if (embedded is not null)
        {
            await embedded.DisposeAsync().ConfigureAwait(false);
        }
    }
}

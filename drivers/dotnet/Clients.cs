using Stripe;

namespace StripeNetDriver;

/// <summary>
/// One Stripe.net client per target and key, pointed at the base URL the suite gives (plain http on loopback), with no
/// retries: one SDK call must be one HTTP request, or the suite's wire check could not tell what the call sent.
/// </summary>
internal sealed class Clients : IDisposable
{
    private readonly Dictionary<(string BaseUrl, string ApiKey), Target> targets = [];

    public Target For(DriverRequest request)
    {
        var key = (request.BaseUrl, request.ApiKey);
        if (!targets.TryGetValue(key, out var target))
        {
            var seen = new LastResponse();
            // The suite's default attempt timeout: an answer later than that would arrive after the suite gave up.
            var http = new HttpClient(seen) { Timeout = TimeSpan.FromSeconds(30) };
            var client = new StripeClient(
                request.ApiKey,
                httpClient: new SystemNetHttpClient(http, maxNetworkRetries: 0, enableTelemetry: false),
                apiBase: request.BaseUrl.TrimEnd('/'));
            target = new Target(client.V1, seen, http);
            targets[key] = target;
        }

        return target;
    }

    public void Dispose()
    {
        foreach (var target in targets.Values)
        {
            target.Http.Dispose();
        }
    }

    internal sealed record Target(V1Services Services, LastResponse Seen, HttpClient Http);
}

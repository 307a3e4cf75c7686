namespace StripeNetDriver;

/// <summary>
/// The headers of the last HTTP response, seen in the HttpClient the driver gives Stripe.net. The SDK's StripeResponse
/// keeps a response's headers but not its content headers (Content-Type), and its auto-paging exposes no page's
/// response at all; the answer takes what the SDK does not keep from here, as the server sent it.
/// </summary>
internal sealed class LastResponse : DelegatingHandler
{
    public LastResponse()
        : base(new SocketsHttpHandler())
    {
    }

    public IReadOnlyList<KeyValuePair<string, string>> ContentHeaders { get; private set; } = [];

    public IReadOnlyList<KeyValuePair<string, string>> AllHeaders { get; private set; } = [];

    protected override async Task<HttpResponseMessage> SendAsync(
        HttpRequestMessage request,
        CancellationToken cancellationToken)
    {
        ContentHeaders = [];
        AllHeaders = [];
        var response = await base.SendAsync(request, cancellationToken);
        ContentHeaders = response.Content.Headers
            .Select(h => KeyValuePair.Create(h.Key, string.Join(", ", h.Value)))
            .ToList();
        AllHeaders =
        [
            .. response.Headers.Select(h => KeyValuePair.Create(h.Key, string.Join(", ", h.Value))),
            .. ContentHeaders,
        ];
        return response;
    }
}

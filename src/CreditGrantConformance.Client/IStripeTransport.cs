namespace CreditGrantConformance.Client;

/// <summary>Where API calls go: straight over HTTP (<see cref="StripeClient"/>), or through an SDK driver.</summary>
public interface IStripeTransport
{
    /// <summary>
    /// Sends one call; every HTTP attempt it makes is given to <paramref name="sink"/> (or the transport's own).
    /// </summary>
    Task<StripeResponse> SendAsync(
        StripeRequest request,
        IExchangeSink? sink = null,
        CancellationToken cancellationToken = default);
}

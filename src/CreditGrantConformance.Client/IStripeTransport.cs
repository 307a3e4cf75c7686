namespace CreditGrantConformance.Client;

/// <summary>Where API calls go: straight over HTTP (<see cref="StripeClient"/>), or through an SDK driver.</summary>
public interface IStripeTransport
{
    Task<StripeResponse> SendAsync(StripeRequest request, CancellationToken cancellationToken = default);
}

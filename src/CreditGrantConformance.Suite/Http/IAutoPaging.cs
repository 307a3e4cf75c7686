using CreditGrantConformance.Client;

namespace CreditGrantConformance.Suite.Http;

/// <summary>A transport that walks every page of a list in one call: an SDK's own auto-paging, in SDK mode.</summary>
internal interface IAutoPaging
{
    /// <summary>
    /// Every item of every page of <paramref name="request"/>'s list, as one list object with has_more false.
    /// </summary>
    Task<StripeResponse> ListAllAsync(
        StripeRequest request,
        IExchangeSink? sink = null,
        CancellationToken cancellationToken = default);
}

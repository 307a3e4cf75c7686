using CreditGrantConformance.Client;
using CreditGrantConformance.Operations;
using CreditGrantConformance.Results.Recording;
using CreditGrantConformance.Suite.Http;

namespace CreditGrantConformance.Suite.Driver;

/// <summary>
/// Every page of a list (<c>credit_grants.list_all</c>, the list operation's name with <c>_all</c>): the driver walks
/// every page with the SDK's own auto-paging and answers once with all the items, so the SDK's paging logic is under
/// test; its requests are held to <see cref="PagingWireCheck"/>.
/// </summary>
internal sealed partial class DriverTransport : IAutoPaging
{
    /// <summary>Judges what the SDK sent for one call, given the call, its requests and the answer.</summary>
    private delegate void Verifier(WireCheck.Call call, List<ReceivedRequest> sent, StripeResponse response);

    /// <summary>The driver operation that walks every page of <paramref name="list"/>.</summary>
    public static string AllPages(ApiOperation list) => list.Name + "_all";

    public Task<StripeResponse> ListAllAsync(
        StripeRequest request,
        IExchangeSink? sink = null,
        CancellationToken cancellationToken = default)
    {
        var (operation, id) = Dispatch(request);
        return CallAsync(
            AllPages(operation),
            operation,
            id,
            request,
            sink,
            (call, sent, response) => PagingWireCheck.Verify(call, sent, response, driver.Description),
            cancellationToken);
    }

    // One exchange per request the SDK sent, so the request figures count every page. The driver answers once, for the
    // last page; each earlier one was a 200 (the SDK went on from it) whose items are in that answer.
    private void RecordEarlierPages(
        List<ReceivedRequest> sent,
        StripeRequest call,
        DateTimeOffset started,
        IExchangeSink? sink)
    {
        foreach (var page in sent.SkipLast(1))
        {
            sink?.Record(Sent(page, call, started, TimeSpan.Zero) with { StatusCode = 200 });
        }
    }
}

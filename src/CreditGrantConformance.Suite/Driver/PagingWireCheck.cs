using System.Globalization;
using System.Text.Json.Nodes;
using CreditGrantConformance.Client;
using CreditGrantConformance.Results.Recording;
using CreditGrantConformance.Suite.Checks;
using CreditGrantConformance.Suite.Failures;

namespace CreditGrantConformance.Suite.Driver;

/// <summary>
/// The requests an SDK's auto-paging sent for one walk of a list (<c>credit_grants.list_all</c>): one GET or more,
/// each the list request the call means (judged as <see cref="WireCheck"/> judges one request) but for its cursor. The
/// first carries the call's own starting_after (none, usually); each next one carries the id of the last item of the
/// page before. The pages are read off the items the driver answered with: every page but the last holds
/// <c>limit</c> items (10 when the call sets none), as Stripe fills them.
/// </summary>
internal static class PagingWireCheck
{
    private const string Cursor = "starting_after";
    private const int DefaultLimit = 10;
    private const int Shown = 20;

    public static void Verify(
        WireCheck.Call call,
        IReadOnlyList<ReceivedRequest> sent,
        StripeResponse answer,
        string driver)
    {
        var problems = Problems(call, sent, Ids(answer.Json)).ToList();
        if (problems.Count > 0)
        {
            throw new CheckFailedException(
                $"Wire check (SDK mode, docs/driver-protocol.md): {driver} did not walk the pages of "
                + $"{DriverTransport.AllPages(call.Operation)} as the call means:"
                + Environment.NewLine + string.Join(Environment.NewLine, problems.Take(Shown).Select(p => "  - " + p))
                + (problems.Count > Shown ? $"{Environment.NewLine}  … and {problems.Count - Shown} more" : ""),
                Provenance.Documented,
                [answer.Exchange]);
        }
    }

    private static IEnumerable<string> Problems(
        WireCheck.Call call,
        IReadOnlyList<ReceivedRequest> sent,
        List<string> ids)
    {
        if (sent.Count == 0)
        {
            yield return "expected one HTTP request or more (one per page), the server received none";
            yield break;
        }

        var limit = PageSize(call.Params["limit"]);
        for (var page = 0; page < sent.Count; page++)
        {
            var last = (page * limit) - 1;
            if (page > 0 && last >= ids.Count)
            {
                yield return $"request {page + 1} of {sent.Count}: "
                    + $"a page was asked for after the last of the {ids.Count} items the SDK returned";
                continue;
            }

            var parameters = call.Params.DeepClone();
            parameters[Cursor] = page == 0 ? call.Params[Cursor] : ids[last];
            foreach (var problem in WireCheck.Problems(call with { Params = parameters }, [sent[page]], observer: null))
            {
                yield return $"request {page + 1} of {sent.Count}: {problem}";
            }
        }
    }

    private static int PageSize(object? limit) =>
        limit is IConvertible number
        && int.TryParse(
            number.ToString(CultureInfo.InvariantCulture),
            NumberStyles.Integer,
            CultureInfo.InvariantCulture,
            out var size)
        && size > 0
            ? size
            : DefaultLimit;

    private static List<string> Ids(JsonNode? answer) =>
        (answer?["data"] as JsonArray ?? []).Select(item => item?["id"]?.ToString() ?? "").ToList();
}

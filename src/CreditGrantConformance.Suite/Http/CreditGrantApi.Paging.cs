using System.Text.Json.Nodes;
using CreditGrantConformance.Client;
using CreditGrantConformance.Operations;
using CreditGrantConformance.Suite.Failures;

namespace CreditGrantConformance.Suite.Http;

/// <summary>
/// Every page of a list at once. In SDK mode the SDK's own auto-paging walks them (<see cref="IAutoPaging"/>); over
/// plain HTTP the suite walks them with starting_after, each page through the schema gate. Either way the answer is one
/// list object with every item and has_more false; an error page ends the walk and is the answer.
/// </summary>
public sealed partial class CreditGrantApi
{
    // More pages than any list of a run can have: a target whose has_more never turns false must not loop forever.
    private const int MaxPages = 1000;

    public Task<StripeResponse> ListAllAsync(FormParams? query = null) => ListAllAsync(ApiOperation.List, query);

    /// <summary>Every page of any list operation: credit grants, test clocks, balance transactions.</summary>
    public async Task<StripeResponse> ListAllAsync(ApiOperation list, FormParams? query)
    {
        if (transport is IAutoPaging paging)
        {
            var request = list.Request(null, query);
            var all = await paging.ListAllAsync(request, scope).ConfigureAwait(false);
            gate.Inspect(request, all, scope);
            return all;
        }

        var parameters = query?.DeepClone() ?? [];
        var items = new JsonArray();
        for (var pages = 1; ; pages++)
        {
            var page = await SendAsync(list, null, parameters, null).ConfigureAwait(false);
            var data = page.Json?["data"] as JsonArray;
            if (page.StatusCode != 200 || data is null)
            {
                return page;
            }

            data.Select(item => item?.DeepClone()).ToList().ForEach(items.Add);
            if (page.Json?["has_more"] is not JsonValue more
                || !more.TryGetValue<bool>(out var hasMore)
                || !hasMore
                || data.Count == 0)
            {
                var walked = new JsonObject
                {
                    ["object"] = "list",
                    ["data"] = items,
                    ["has_more"] = false,
                    ["url"] = page.Json?["url"]?.DeepClone(),
                };
                return new StripeResponse(
                    page.StatusCode, page.Headers, walked.ToJsonString(), page.Exchange, page.Attempts);
            }

            if (pages == MaxPages)
            {
                throw new TargetBrokeException(
                    $"Environment: the list still had more after {MaxPages} pages, so the check could not be judged.");
            }

            parameters["starting_after"] = data[^1]?["id"]?.ToString();
        }
    }
}

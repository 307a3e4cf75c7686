using System.Text.Json.Nodes;
using CreditGrantConformance.Client;
using CreditGrantConformance.Operations;

namespace CreditGrantConformance.Sweep;

/// <summary>
/// Test clocks crashed runs left (named "conformance &lt;run id&gt;"), their customers and those customers' active
/// tagged grants. Stripe's lists leave a clock's objects out unless asked by the clock (customers) or the customer
/// (grants), so they are asked that way. Deleting a clock deletes its customers; Stripe removes a clock at its
/// deletes_after anyway.
/// </summary>
public sealed record ClockLeftovers(IReadOnlyList<string> TestClocks, IReadOnlyList<string> Customers)
{
    private const string NamePrefix = "conformance ";

    public static async Task<(ClockLeftovers Clocks, IReadOnlyList<string> Grants)> FindAsync(
        StripeClient client,
        long createdBefore)
    {
        var clocks = new List<string>();
        var customers = new List<string>();
        var grants = new List<string>();
        await foreach (var clock in ListAsync(client, ApiOperation.ListTestClocks.PathTemplate, []))
        {
            if (clock["name"]?.ToString()?.StartsWith(NamePrefix, StringComparison.Ordinal) != true
                || clock["created"] is not JsonValue created || created.GetValue<long>() > createdBefore)
            {
                continue;
            }

            clocks.Add(clock["id"]!.ToString());
            var query = new FormParams { ["test_clock"] = clock["id"]!.ToString() };
            await foreach (var customer in ListAsync(client, ApiOperation.CreateCustomer.CollectionPath, query))
            {
                customers.Add(customer["id"]!.ToString());
                var byCustomer = new FormParams { ["customer"] = customer["id"]!.ToString() };
                await foreach (var grant in ListAsync(client, ApiOperation.List.PathTemplate, byCustomer))
                {
                    if (Leftovers.IsLeftover(grant, long.MaxValue))
                    {
                        grants.Add(grant["id"]!.ToString());
                    }
                }
            }
        }

        return (new ClockLeftovers(clocks, customers), grants);
    }

    // Every item of a list, page by page.
    private static async IAsyncEnumerable<JsonObject> ListAsync(StripeClient client, string path, FormParams query)
    {
        string? cursor = null;
        while (true)
        {
            var page = query.DeepClone();
            page["limit"] = 100;
            page["starting_after"] = cursor;
            var response = await client.SendAsync(
                new StripeRequest(HttpMethod.Get, path) { Params = page, Traffic = Traffic.Sweep });
            // A target without this list (test clocks, or customers by clock) has nothing in it to sweep there.
            if (response.StatusCode == 404 && cursor is null)
            {
                yield break;
            }

            if (response.StatusCode != 200 || response.Json?["data"] is not JsonArray data)
            {
                throw new InvalidOperationException(
                    $"Listing {path} failed: HTTP {response.StatusCode} {response.Body}");
            }

            foreach (var item in data.OfType<JsonObject>())
            {
                yield return item;
            }

            if (response.Json["has_more"]?.GetValue<bool>() != true || data.Count == 0)
            {
                yield break;
            }

            cursor = data[^1]!["id"]!.ToString();
        }
    }
}

using System.Text.Json.Nodes;
using CreditGrantConformance.Client;
using CreditGrantConformance.Operations;

namespace CreditGrantConformance.Sweep;

/// <summary>
/// Tagged grants that are still active, the customers they were created for, and the test clocks of crashed runs
/// (with their customers, whom deleting the clock deletes).
/// </summary>
public sealed record Leftovers(IReadOnlyList<string> Grants, IReadOnlyList<string> Customers)
{
    public ClockLeftovers Clocks { get; init; } = new([], []);

    private const string Tag = "conformance_run";

    public static async Task<Leftovers> FindAsync(StripeClient client, long createdBefore)
    {
        var grants = new List<string>();
        var customers = new HashSet<string>(StringComparer.Ordinal);
        string? cursor = null;
        while (true)
        {
            var query = new FormParams { ["limit"] = 100, ["starting_after"] = cursor };
            var response = await client.SendAsync(ApiOperation.List.Request(null, query));
            if (response.StatusCode != 200 || response.Json?["data"] is not JsonArray data)
            {
                throw new InvalidOperationException(
                    $"Listing credit grants failed: HTTP {response.StatusCode} {response.Body}");
            }

            foreach (var grant in data.OfType<JsonObject>().Where(g => IsLeftover(g, createdBefore)))
            {
                grants.Add(grant["id"]!.ToString());
                if (grant["customer"] is JsonValue customer)
                {
                    customers.Add(customer.ToString());
                }
            }

            if (response.Json["has_more"]?.GetValue<bool>() != true || data.Count == 0)
            {
                var (clocks, clockGrants) = await ClockLeftovers.FindAsync(client, createdBefore);
                customers.ExceptWith(clocks.Customers);
                return new Leftovers(
                    grants.Union(clockGrants, StringComparer.Ordinal).ToList(),
                    customers.Order(StringComparer.Ordinal).ToList())
                {
                    Clocks = clocks,
                };
            }

            cursor = data[^1]!["id"]!.ToString();
        }
    }

    public static async Task<int> CleanAsync(StripeClient client, Leftovers leftovers, TextWriter output)
    {
        var failures = 0;
        foreach (var id in leftovers.Grants)
        {
            failures += await SendAsync(client, ApiOperation.Void, id, "voided " + id, output);
        }

        foreach (var id in leftovers.Customers)
        {
            failures += await SendAsync(client, ApiOperation.DeleteCustomer, id, "deleted " + id, output);
        }

        foreach (var id in leftovers.Clocks.TestClocks)
        {
            failures += await SendAsync(
                client, ApiOperation.DeleteTestClock, id, "deleted test clock " + id + " and its customers", output);
        }

        return failures;
    }

    public static bool IsLeftover(JsonObject grant, long createdBefore) =>
        grant["metadata"]?[Tag] is JsonValue
        && grant["voided_at"] is null
        && (grant["expires_at"] is not JsonValue expires
            || expires.GetValue<long>() > DateTimeOffset.UtcNow.ToUnixTimeSeconds())
        && grant["created"] is JsonValue created && created.GetValue<long>() <= createdBefore;

    private static async Task<int> SendAsync(
        StripeClient client,
        ApiOperation operation,
        string id,
        string done,
        TextWriter output)
    {
        var response = await client.SendAsync(operation.Request(id, null) with { Traffic = Traffic.Sweep });
        await output.WriteLineAsync(response.StatusCode == 200
            ? done
            : $"could not clean {operation.PathFor(id)}: HTTP {response.StatusCode}");
        return response.StatusCode == 200 ? 0 : 1;
    }
}

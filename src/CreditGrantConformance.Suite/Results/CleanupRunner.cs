using CreditGrantConformance.Client;
using CreditGrantConformance.Operations;
using CreditGrantConformance.Suite.Http;

namespace CreditGrantConformance.Suite.Results;

/// <summary>
/// Voids every grant the run created, deletes every customer it created off a test clock, then deletes its test clocks
/// (deleting a clock deletes its customers), so a live test-mode account is left as it was found. A clock cleanup
/// misses is removed by Stripe itself at its deletes_after.
/// </summary>
internal static class CleanupRunner
{
    public static async Task<CleanupReport> RunAsync(StripeClient client, CleanupRegistry registry)
    {
        var voided = 0;
        var inactive = 0;
        var notCleaned = new List<NotCleaned>();
        foreach (var id in registry.Grants)
        {
            var outcome = await SendAsync(client, ApiOperation.Void, id).ConfigureAwait(false);
            switch (outcome)
            {
                case 200:
                    voided++;
                    break;
                case 400:
                    // Already voided or expired by the check that made it: nothing left to grant.
                    inactive++;
                    break;
                default:
                    notCleaned.Add(new NotCleaned(id, Describe(outcome)));
                    break;
            }
        }

        var customers = await DeleteAllAsync(
                client, ApiOperation.DeleteCustomer, registry.CustomersOffClocks, notCleaned)
            .ConfigureAwait(false);
        var clocks = await DeleteAllAsync(client, ApiOperation.DeleteTestClock, registry.TestClocks, notCleaned)
            .ConfigureAwait(false);
        return new CleanupReport(voided, inactive, customers, notCleaned) { TestClocksDeleted = clocks };
    }

    private static async Task<int> DeleteAllAsync(
        StripeClient client,
        ApiOperation delete,
        IEnumerable<string> ids,
        List<NotCleaned> notCleaned)
    {
        var deleted = 0;
        foreach (var id in ids)
        {
            var outcome = await SendAsync(client, delete, id).ConfigureAwait(false);
            if (outcome == 200)
            {
                deleted++;
            }
            else if (outcome != 404)
            {
                // 404: a check deleted it already (a clock's deletion is a check of its own).
                notCleaned.Add(new NotCleaned(id, Describe(outcome)));
            }
        }

        return deleted;
    }

    private static async Task<int?> SendAsync(StripeClient client, ApiOperation operation, string id)
    {
        try
        {
            var response = await client.SendAsync(operation.Request(id, null) with { Traffic = Traffic.Cleanup })
                .ConfigureAwait(false);
            return response.StatusCode;
        }
        catch (StripeTransportException)
        {
            return null;
        }
    }

    private static string Describe(int? status) => status is null ? "the target did not answer" : $"HTTP {status}";
}

using CreditGrantConformance.Client;
using CreditGrantConformance.Operations;
using CreditGrantConformance.Suite.Http;

namespace CreditGrantConformance.Suite.Results;

/// <summary>
/// Voids every grant and deletes every customer the run created, so a live test-mode account is left as it was found.
/// </summary>
internal static class CleanupRunner
{
    public static async Task<CleanupReport> RunAsync(StripeClient client, CleanupRegistry registry)
    {
        var voided = 0;
        var inactive = 0;
        var deleted = 0;
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

        foreach (var id in registry.Customers)
        {
            var outcome = await SendAsync(client, ApiOperation.DeleteCustomer, id).ConfigureAwait(false);
            if (outcome == 200)
            {
                deleted++;
            }
            else
            {
                notCleaned.Add(new NotCleaned(id, Describe(outcome)));
            }
        }

        return new CleanupReport(voided, inactive, deleted, notCleaned);
    }

    private static async Task<int?> SendAsync(StripeClient client, ApiOperation operation, string id)
    {
        try
        {
            var response = await client.SendAsync(operation.Request(id, null) with { Operation = "cleanup" })
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

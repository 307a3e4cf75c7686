using System.Globalization;
using CreditGrantConformance.Client;

namespace CreditGrantConformance.Sweep;

/// <summary>
/// Finds what crashed conformance runs left behind (grants tagged metadata[conformance_run], test clocks named after
/// their run) and voids the grants, then deletes their customers and the clocks. Runs younger than --older-than
/// minutes are left alone so that a run in progress is not disturbed.
/// </summary>
public static class SweepCommand
{
    public const string Usage =
        "usage: sweep [--dry-run] [--older-than MINUTES]   (target from CONFORMANCE_BASE_URL and STRIPE_API_KEY)";

    public static async Task<int> RunAsync(string[] args, Func<string, string?> environment, TextWriter output)
    {
        if (!TryParse(args, out var dryRun, out var olderThan))
        {
            await output.WriteLineAsync(Usage);
            return 2;
        }

        var baseUrl = environment("CONFORMANCE_BASE_URL");
        var key = environment("STRIPE_API_KEY");
        if (!Uri.TryCreate(baseUrl, UriKind.Absolute, out var url)
            || string.IsNullOrEmpty(key)
            || !key.StartsWith("sk_test_", StringComparison.Ordinal)
                && !key.StartsWith("rk_test_", StringComparison.Ordinal))
        {
            await output.WriteLineAsync(
                "Set CONFORMANCE_BASE_URL to the target and STRIPE_API_KEY to a test-mode key "
                + "(sk_test_… or rk_test_…); live keys are refused.");
            return 2;
        }

        using var client = new StripeClient(
            new ClientOptions { BaseUrl = url, ApiKey = key },
            new RequestRateLimiter(15));
        var cutoff = DateTimeOffset.UtcNow.AddMinutes(-olderThan).ToUnixTimeSeconds();
        var leftovers = await Leftovers.FindAsync(client, cutoff);
        await output.WriteLineAsync(
            $"{leftovers.Grants.Count} tagged grants still active and {leftovers.Customers.Count} of their customers, "
            + $"{leftovers.Clocks.TestClocks.Count} test clocks with {leftovers.Clocks.Customers.Count} customers, "
            + $"from runs older than {olderThan} minutes.");
        if (dryRun)
        {
            foreach (var id in leftovers.Grants.Concat(leftovers.Customers).Concat(leftovers.Clocks.TestClocks))
            {
                await output.WriteLineAsync("would clean " + id);
            }

            return 0;
        }

        var failures = await Leftovers.CleanAsync(client, leftovers, output);
        return failures == 0 ? 0 : 1;
    }

    private static bool TryParse(string[] args, out bool dryRun, out int olderThan)
    {
        dryRun = false;
        olderThan = 60;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--dry-run":
                    dryRun = true;
                    break;
                case "--older-than" when i + 1 < args.Length
                    && int.TryParse(args[i + 1], NumberStyles.Integer, CultureInfo.InvariantCulture, out olderThan)
                    && olderThan >= 0:
                    i++;
                    break;
                default:
                    return false;
            }
        }

        return true;
    }
}

using System.Globalization;
using CreditGrantConformance.Client;
using CreditGrantConformance.Operations;

namespace CreditGrantConformance.Sweep;

/// <summary>
/// Finds what crashed conformance runs left behind (grants tagged metadata[conformance_run], test clocks named after
/// their run) and voids the grants, then deletes their customers and the clocks. Runs younger than --older-than
/// minutes are left alone so that a run in progress is not disturbed. Every error is one line; exit 0 cleaned, 1
/// something could not be cleaned, 2 bad input, 3 the target did not answer or refused the key.
/// </summary>
public static class SweepCommand
{
    public const int Cleaned = 0;
    public const int NotCleaned = 1;
    public const int BadInput = 2;
    public const int NotStarted = 3;

    public const string Usage =
        "usage: sweep [--dry-run] [--older-than MINUTES]   (target from CONFORMANCE_BASE_URL and STRIPE_API_KEY)";

    public static async Task<int> RunAsync(string[] args, Func<string, string?> environment, TextWriter output)
    {
        if (args is ["--help"] or ["-h"])
        {
            await output.WriteLineAsync(Usage);
            return Cleaned;
        }

        if (!TryParse(args, out var dryRun, out var olderThan))
        {
            await output.WriteLineAsync(Usage);
            return BadInput;
        }

        var options = new SweepOptions(
            environment(SweepOptions.BaseUrlName), environment(SweepOptions.ApiKeyName), dryRun, olderThan);
        return await RunAsync(options, output);
    }

    public static async Task<int> RunAsync(SweepOptions options, TextWriter output)
    {
        var problems = options.Problems();
        foreach (var problem in problems)
        {
            await output.WriteLineAsync("error: " + problem);
        }

        if (problems.Count > 0)
        {
            return BadInput;
        }

        var url = new Uri(options.BaseUrl!);
        using var client = new StripeClient(
            new ClientOptions { BaseUrl = url, ApiKey = options.ApiKey!, MaxRetries = 1 },
            new RequestRateLimiter(15));
        try
        {
            if (await RefusalAsync(client) is { } refusal)
            {
                await output.WriteLineAsync("error: " + refusal);
                return NotStarted;
            }

            return await SweepAsync(client, options, output);
        }
        catch (StripeTransportException ex)
        {
            await output.WriteLineAsync(
                $"error: the target at {url} did not answer ({ex.Message}); "
                + $"start it or fix {SweepOptions.BaseUrlName}.");
            return NotStarted;
        }
        catch (InvalidOperationException ex)
        {
            await output.WriteLineAsync("error: " + OneLine(ex.Message));
            return NotCleaned;
        }
    }

    private static async Task<int> SweepAsync(StripeClient client, SweepOptions options, TextWriter output)
    {
        var cutoff = DateTimeOffset.UtcNow.AddMinutes(-options.OlderThanMinutes).ToUnixTimeSeconds();
        var leftovers = await Leftovers.FindAsync(client, cutoff);
        await output.WriteLineAsync(
            $"{leftovers.Grants.Count} tagged grants still active and {leftovers.Customers.Count} of their customers, "
            + $"{leftovers.Clocks.TestClocks.Count} test clocks with {leftovers.Clocks.Customers.Count} customers, "
            + $"from runs older than {options.OlderThanMinutes} minutes.");
        if (options.DryRun)
        {
            foreach (var id in leftovers.Grants.Concat(leftovers.Customers).Concat(leftovers.Clocks.TestClocks))
            {
                await output.WriteLineAsync("would clean " + id);
            }

            return Cleaned;
        }

        var failures = await Leftovers.CleanAsync(client, leftovers, output);
        return failures == 0 ? Cleaned : NotCleaned;
    }

    // One list request first: a target that refuses the key or is no Stripe API stops the sweep in one line.
    private static async Task<string?> RefusalAsync(StripeClient client)
    {
        var response = await client.SendAsync(
            ApiOperation.List.Request(null, new FormParams { ["limit"] = 1 }) with { Traffic = Traffic.Sweep });
        return response.StatusCode switch
        {
            200 => null,
            401 => $"the target at {client.Options.BaseUrl} rejected the API key (HTTP 401, Request-Id "
                + $"{response.RequestId ?? "none"}); check {SweepOptions.ApiKeyName}.",
            _ => $"the target at {client.Options.BaseUrl} answered HTTP {response.StatusCode} to listing credit "
                + "grants; is it a Stripe API?",
        };
    }

    private static string OneLine(string text) =>
        string.Join(' ', text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

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

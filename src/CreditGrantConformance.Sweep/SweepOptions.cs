namespace CreditGrantConformance.Sweep;

/// <summary>What a sweep is given: the target and its key (from options or the environment), and what to do.</summary>
public sealed record SweepOptions(string? BaseUrl, string? ApiKey, bool DryRun = false, int OlderThanMinutes = 60)
{
    public const string BaseUrlName = "CONFORMANCE_BASE_URL";
    public const string ApiKeyName = "STRIPE_API_KEY";

    /// <summary>
    /// Each problem of the options on its own line, naming the setting to fix; empty when they are usable.
    /// </summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(BaseUrl))
        {
            problems.Add($"{BaseUrlName} is not set: give the target's base URL, such as http://127.0.0.1:12111.");
        }
        else if (!Uri.TryCreate(BaseUrl, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
        {
            problems.Add($"{BaseUrlName} must be an absolute http(s) URL; got '{BaseUrl}'.");
        }

        if (string.IsNullOrWhiteSpace(ApiKey))
        {
            problems.Add($"{ApiKeyName} is not set: give a test-mode key (sk_test_… or rk_test_…).");
        }
        else if (!ApiKey.StartsWith("sk_test_", StringComparison.Ordinal)
            && !ApiKey.StartsWith("rk_test_", StringComparison.Ordinal))
        {
            problems.Add(
                $"{ApiKeyName} must be a test-mode key (sk_test_… or rk_test_…); live keys are refused, "
                + $"got one starting with '{ApiKey[..Math.Min(3, ApiKey.Length)]}'.");
        }

        if (OlderThanMinutes < 0)
        {
            problems.Add($"--older-than must be 0 or more minutes; got {OlderThanMinutes}.");
        }

        return problems;
    }
}

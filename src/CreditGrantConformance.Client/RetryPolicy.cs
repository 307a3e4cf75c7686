using System.Globalization;

namespace CreditGrantConformance.Client;

/// <summary>
/// When and how long to wait before another attempt: only 429, 5xx and transport failures are retried, unless the
/// server says otherwise with Stripe-Should-Retry (error-low-level docs); Retry-After is honoured within a cap.
/// </summary>
internal static class RetryPolicy
{
    public static bool ShouldRetry(int status, string? shouldRetryHeader) =>
        shouldRetryHeader?.Trim().ToLowerInvariant() switch
        {
            "true" => true,
            "false" => false,
            _ => status == 429 || status >= 500,
        };

    public static TimeSpan Delay(ClientOptions options, int attempt, string? retryAfter)
    {
        if (TryParseRetryAfter(retryAfter, out var requested))
        {
            return requested < TimeSpan.Zero ? TimeSpan.Zero : Min(requested, options.MaxRetryDelay);
        }

        var exponential = options.InitialRetryDelay * Math.Pow(2, attempt - 1);
        // Jitter spreads the retries of parallel checks so they do not hit a recovering target together.
        var jittered = exponential * (0.75 + (Random.Shared.NextDouble() * 0.5));
        return Min(jittered, options.MaxRetryDelay);
    }

    private static bool TryParseRetryAfter(string? value, out TimeSpan delay)
    {
        delay = TimeSpan.Zero;
        if (string.IsNullOrWhiteSpace(value))
        {
            return false;
        }

        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds))
        {
            delay = TimeSpan.FromSeconds(seconds);
            return true;
        }

        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date))
        {
            delay = date - DateTimeOffset.UtcNow;
            return true;
        }

        return false;
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;
}

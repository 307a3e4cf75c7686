using CreditGrantConformance.Client;

namespace CreditGrantConformance.Suite.Results;

/// <summary>The run's request budget: what a live test-mode account would be charged.</summary>
public sealed record RequestFigures(
    long Total,
    IReadOnlyDictionary<string, int> PerOperation,
    int Retries,
    int PeakPerSecond,
    double MaxPerSecond)
{
    public static RequestFigures From(IEnumerable<Exchange> exchanges, RequestRateLimiter limiter)
    {
        var list = exchanges.ToList();
        var perOperation = list.GroupBy(e => e.Label, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        return new RequestFigures(
            list.Count,
            perOperation,
            list.Count(e => e.Attempt > 1),
            limiter.PeakPerSecond,
            limiter.MaxPerSecond);
    }
}

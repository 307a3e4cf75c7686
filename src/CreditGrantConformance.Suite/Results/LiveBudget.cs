namespace CreditGrantConformance.Suite.Results;

/// <summary>
/// What this run would cost against a Stripe account in test mode: the requests the checks sent plus one cleanup
/// request per object left behind, and the time that takes at the live rate limit of
/// runsettings/stripe-test.runsettings.
/// </summary>
public sealed record LiveBudget(long Requests, long CleanupRequests, double PerSecond)
{
    public const double LiveRate = 15;

    public long Total => Requests + CleanupRequests;

    public double Seconds => Math.Round(Total / PerSecond, 1);

    public static LiveBudget Of(RequestFigures requests, CleanupReport cleanup) =>
        new(
            requests.Total - requests.PerOperation.GetValueOrDefault("cleanup"),
            cleanup.Skipped ? cleanup.Pending : requests.PerOperation.GetValueOrDefault("cleanup"),
            LiveRate);
}

namespace CreditGrantConformance.Client;

public sealed record ClientOptions
{
    public required Uri BaseUrl { get; init; }

    public required string ApiKey { get; init; }

    public string? StripeVersion { get; init; }

    public string? StripeAccount { get; init; }

    /// <summary>Per attempt.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    public int MaxRetries { get; init; } = 3;

    public TimeSpan InitialRetryDelay { get; init; } = TimeSpan.FromMilliseconds(500);

    public TimeSpan MaxRetryDelay { get; init; } = TimeSpan.FromSeconds(8);
}

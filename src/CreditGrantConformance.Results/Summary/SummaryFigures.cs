namespace CreditGrantConformance.Results.Summary;

/// <summary>The SDK driver a run went through: null when the suite's own client sent every request.</summary>
public sealed record SummaryDriver(
    string Name,
    string Sdk,
    string SdkVersion,
    string? ApiVersion,
    bool ApiVersionSettable,
    IReadOnlyList<string> ApiVersionsSent);

/// <summary>What the run sent: every attempt, per operation label, retries and the rate it kept.</summary>
public sealed record SummaryRequests(
    long Total,
    IReadOnlyDictionary<string, int> PerOperation,
    int Retries,
    int PeakPerSecond,
    double MaxPerSecond);

/// <summary>What the same run would cost against Stripe's live rate limit.</summary>
public sealed record SummaryLiveBudget(
    long Requests,
    long CleanupRequests,
    long Total,
    double PerSecond,
    double Seconds);

/// <summary>What cleanup did with the objects the run made.</summary>
public sealed record SummaryCleanup(
    bool Skipped,
    int GrantsVoided,
    int GrantsAlreadyInactive,
    int CustomersDeleted,
    int TestClocksDeleted,
    IReadOnlyList<SummaryNotCleaned> NotCleaned);

public sealed record SummaryNotCleaned(string Id, string Reason);

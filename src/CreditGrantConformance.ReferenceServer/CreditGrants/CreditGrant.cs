namespace CreditGrantConformance.ReferenceServer.CreditGrants;

/// <summary>
/// The state of one grant. Immutable: the store swaps whole records so readers never see half an update.
/// </summary>
public sealed record CreditGrant
{
    public required string Id { get; init; }

    /// <summary>
    /// Creation order, given by the store: created has one-second resolution, so lists break ties with it.
    /// </summary>
    public long Sequence { get; init; }

    /// <summary>
    /// amount[monetary]: null only when the lenient variant accepted a create without it (the schema allows null).
    /// </summary>
    public MonetaryAmount? Monetary { get; init; }

    public string? PriceType { get; init; }

    public IReadOnlyList<string>? Prices { get; init; }

    public required string Category { get; init; }

    public required string Customer { get; init; }

    public string? CustomerAccount { get; init; }

    public required long Created { get; init; }

    public long? EffectiveAt { get; init; }

    public long? ExpiresAt { get; init; }

    public required IReadOnlyDictionary<string, string> Metadata { get; init; }

    public string? Name { get; init; }

    public long? Priority { get; init; }

    public required long Updated { get; init; }

    public long? VoidedAt { get; init; }

    /// <summary>
    /// The test clock of the grant's customer when it was created: the grant lives in that clock's time.
    /// </summary>
    public string? TestClock { get; init; }

    public bool IsExpired(long now) => ExpiresAt is { } at && at <= now;
}

public sealed record MonetaryAmount(string Currency, long Value);

namespace CreditGrantConformance.ReferenceServer.CreditGrants;

/// <summary>The state of one grant. Immutable: the store swaps whole records so readers never see half an update.</summary>
public sealed record CreditGrant
{
    public required string Id { get; init; }

    /// <summary>Creation order: created has one-second resolution, so lists break ties with it.</summary>
    public required long Sequence { get; init; }

    public required string Currency { get; init; }

    public required long Value { get; init; }

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

    /// <summary>Seam of the void.after_update_rejected fault: nothing in Stripe's behaviour depends on it.</summary>
    public bool WasUpdated { get; init; }

    public bool IsExpired(long now) => ExpiresAt is { } at && at <= now;
}

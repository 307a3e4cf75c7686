using System.Collections.Concurrent;

namespace CreditGrantConformance.ReferenceServer.Infrastructure;

/// <summary>Where idempotent results are kept: the seam of the idempotency faults, which decorate it.</summary>
public interface IIdempotencyStore
{
    /// <summary>Claims a key for a request that is about to run; false when it is taken (in flight or saved).</summary>
    bool TryClaim(string scope, string fingerprint, out IdempotencyStore.Entry existing);

    void Save(string scope, IdempotencyStore.Entry entry);

    void Release(string scope);
}

/// <summary>
/// Saved results by (API key, Idempotency-Key). Keys never expire in-process (Stripe prunes them after 24 hours).
/// </summary>
public sealed class IdempotencyStore : IIdempotencyStore
{
    private readonly ConcurrentDictionary<string, Entry> entries = new(StringComparer.Ordinal);

    public bool TryClaim(string scope, string fingerprint, out Entry existing)
    {
        var claim = new Entry(fingerprint, null);
        existing = entries.GetOrAdd(scope, claim);
        return ReferenceEquals(existing, claim);
    }

    public void Save(string scope, Entry entry) => entries[scope] = entry;

    public void Release(string scope) => entries.TryRemove(scope, out _);

    /// <summary>A claimed key: <see cref="Result"/> is null while the first request is still running.</summary>
    public sealed record Entry(string Fingerprint, SavedResult? Result);

    public sealed record SavedResult(int Status, string ContentType, byte[] Body);
}

using CreditGrantConformance.ReferenceServer.Infrastructure;

namespace CreditGrantConformance.ReferenceServer.CreditGrants;

/// <summary>In-memory grants, thread-safe: every read and write holds one lock, so concurrent changes never interleave.</summary>
public sealed class CreditGrantStore
{
    private readonly Dictionary<string, CreditGrant> grants = new(StringComparer.Ordinal);
    private readonly Lock gate = new();
    private long sequence;

    public long NextSequence() => Interlocked.Increment(ref sequence);

    public static string NewId() => "credgr_test_" + RequestIds.Random(24);

    public void Put(CreditGrant grant)
    {
        lock (gate)
        {
            grants[grant.Id] = grant;
        }
    }

    public CreditGrant? Find(string id)
    {
        lock (gate)
        {
            return grants.GetValueOrDefault(id);
        }
    }

    /// <summary>Applies a change atomically; the change sees the current grant and returns the new one.</summary>
    public CreditGrant Update(string id, Func<CreditGrant, CreditGrant> change, bool persist = true)
    {
        lock (gate)
        {
            var current = grants.GetValueOrDefault(id) ?? throw new ApiException(StripeError.NoSuch("credit grant", id, "id", 404));
            var next = change(current);
            if (persist)
            {
                grants[id] = next;
            }

            return next;
        }
    }

    public IReadOnlyList<CreditGrant> All()
    {
        lock (gate)
        {
            return grants.Values.ToList();
        }
    }
}

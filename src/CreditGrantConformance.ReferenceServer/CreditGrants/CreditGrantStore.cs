using CreditGrantConformance.ReferenceServer.Infrastructure;
using CreditGrantConformance.ReferenceServer.Rules;

namespace CreditGrantConformance.ReferenceServer.CreditGrants;

/// <summary>
/// In-memory grants, thread-safe under one lock, indexed for lists: all grants, and the grants of each customer, of
/// each customer account and of each pair, every index in list order. A list reads its page under the lock in
/// O(log n + page).
/// </summary>
public sealed class CreditGrantStore(ReferenceServerOptions options) : ICreditGrantStore
{
    private readonly Dictionary<string, GrantSlot> byId = new(StringComparer.Ordinal);
    private readonly GrantOrder order = new(tiesById: options.Lenient);
    private readonly Dictionary<string, GrantIndex> indexes = new(StringComparer.Ordinal);
    private readonly Lock gate = new();
    private long sequence;

    public static string NewId() => "credgr_test_" + RequestIds.Random(24);

    public int Count
    {
        get
        {
            lock (gate)
            {
                return byId.Count;
            }
        }
    }

    public CreditGrant Add(CreditGrant grant, Action<CreditGrant> admit)
    {
        admit(grant);
        lock (gate)
        {
            var slot = new GrantSlot(grant with { Sequence = ++sequence });
            byId.Add(slot.Grant.Id, slot);
            foreach (var key in IndexKeys(slot.Grant))
            {
                IndexOf(key).Insert(slot);
            }

            return slot.Grant;
        }
    }

    public CreditGrant? Find(string id)
    {
        lock (gate)
        {
            return byId.GetValueOrDefault(id)?.Grant;
        }
    }

    public CreditGrant Write(string id, GrantWrite write)
    {
        lock (gate)
        {
            var slot = byId.GetValueOrDefault(id)
                ?? throw new ApiException(StripeError.NoSuch("credit grant", id, "id", 404));
            var before = slot.Grant;
            var after = write.ApplyTo(before);
            var moves = order.Compare(before, after) != 0;
            foreach (var key in moves ? IndexKeys(before) : [])
            {
                indexes[key].Remove(slot, before);
            }

            slot.Grant = after;
            foreach (var key in moves ? IndexKeys(after) : [])
            {
                indexes[key].Insert(slot);
            }

            return after;
        }
    }

    /// <summary>Reads the indexes under the lock (a list's page).</summary>
    public T Read<T>(Func<IGrantIndex, T> read)
    {
        lock (gate)
        {
            return read(new Reader(this));
        }
    }

    // One key per index a grant belongs to: all grants, its customer, its customer account, and the pair.
    private static IEnumerable<string> IndexKeys(CreditGrant grant)
    {
        yield return Key(null, null);
        yield return Key(grant.Customer, null);
        if (grant.CustomerAccount is { } account)
        {
            yield return Key(null, account);
            yield return Key(grant.Customer, account);
        }
    }

    private static string Key(string? customer, string? account) => $"{customer}\n{account}";

    private GrantIndex IndexOf(string key)
    {
        if (!indexes.TryGetValue(key, out var index))
        {
            indexes[key] = index = new GrantIndex(order);
        }

        return index;
    }

    private sealed class Reader(CreditGrantStore store) : IGrantIndex
    {
        private static readonly GrantIndex None = new(new GrantOrder(false));

        public IGrantSequence Select(string? customer, string? customerAccount) =>
            store.indexes.GetValueOrDefault(Key(customer, customerAccount)) ?? None;

        public CreditGrant? Find(string id) => store.byId.GetValueOrDefault(id)?.Grant;
    }
}

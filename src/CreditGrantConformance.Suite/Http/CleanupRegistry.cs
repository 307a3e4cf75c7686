using System.Collections.Concurrent;

namespace CreditGrantConformance.Suite.Http;

/// <summary>What the run created, so that it can void and delete it at the end (safe live runs).</summary>
public sealed class CleanupRegistry
{
    private readonly ConcurrentDictionary<string, byte> grants = new();
    private readonly ConcurrentDictionary<string, byte> customers = new();

    public IReadOnlyCollection<string> Grants => grants.Keys.Order(StringComparer.Ordinal).ToList();

    public IReadOnlyCollection<string> Customers => customers.Keys.Order(StringComparer.Ordinal).ToList();

    public void AddGrant(string id) => grants.TryAdd(id, 0);

    public void AddCustomer(string id) => customers.TryAdd(id, 0);
}

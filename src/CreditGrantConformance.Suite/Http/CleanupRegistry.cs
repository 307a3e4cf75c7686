using System.Collections.Concurrent;

namespace CreditGrantConformance.Suite.Http;

/// <summary>
/// What the run created, so that it can void and delete it at the end (safe live runs). A customer created on a test
/// clock is remembered with its clock: deleting the clock deletes it.
/// </summary>
public sealed class CleanupRegistry
{
    private readonly ConcurrentDictionary<string, byte> grants = new();
    private readonly ConcurrentDictionary<string, string?> customers = new();
    private readonly ConcurrentDictionary<string, byte> testClocks = new();

    public IReadOnlyCollection<string> Grants => grants.Keys.Order(StringComparer.Ordinal).ToList();

    public IReadOnlyCollection<string> Customers => customers.Keys.Order(StringComparer.Ordinal).ToList();

    public IReadOnlyCollection<string> TestClocks => testClocks.Keys.Order(StringComparer.Ordinal).ToList();

    /// <summary>Customers that no clock of the run takes with it: each needs a delete of its own.</summary>
    public IReadOnlyCollection<string> CustomersOffClocks => customers
        .Where(c => c.Value is null || !testClocks.ContainsKey(c.Value))
        .Select(c => c.Key)
        .Order(StringComparer.Ordinal)
        .ToList();

    /// <summary>One delete per object left: grants voided, customers off clocks deleted, clocks deleted.</summary>
    public int Pending => Grants.Count + CustomersOffClocks.Count + TestClocks.Count;

    public void AddGrant(string id) => grants.TryAdd(id, 0);

    public void AddCustomer(string id, string? testClock = null) => customers.TryAdd(id, testClock);

    public void AddTestClock(string id) => testClocks.TryAdd(id, 0);
}

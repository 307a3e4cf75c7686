using System.Collections.Concurrent;
using CreditGrantConformance.ReferenceServer.CreditGrants;
using CreditGrantConformance.ReferenceServer.Customers;
using CreditGrantConformance.ReferenceServer.Infrastructure;
using CreditGrantConformance.ReferenceServer.TestClocks;

namespace CreditGrantConformance.ReferenceServer.Faults.Seams;

/// <summary>A refused request keeps its key claimed: the same key, sent again fixed, meets its old request.</summary>
internal sealed class RefusalsKeepTheirKeys(IIdempotencyStore inner) : IIdempotencyStore
{
    public bool TryClaim(string scope, string fingerprint, out IdempotencyStore.Entry existing) =>
        inner.TryClaim(scope, fingerprint, out existing);

    public void Save(string scope, IdempotencyStore.Entry entry) => inner.Save(scope, entry);

    public void Release(string scope)
    {
        // The claim is never given back.
    }
}

/// <summary>
/// A clock advanced once ignores later advances: each is answered and completes, but at the time the clock already
/// had (a target kept from the first advance).
/// </summary>
internal sealed class LaterAdvancesStall(ITestClockStore inner) : ClockStoreDecorator(inner)
{
    private readonly ConcurrentDictionary<string, bool> advanced = new(StringComparer.Ordinal);

    public override TestClock Write(string id, ClockWrite write) =>
        Inner.Write(id, write is AdvanceWrite && !advanced.TryAdd(id, true) ? new Stalled(write) : write);

    private sealed record Stalled(ClockWrite Advance) : ClockWrite
    {
        public override TestClock ApplyTo(TestClock current) =>
            Advance.ApplyTo(current) with { TargetFrozenTime = current.FrozenTime };
    }
}

/// <summary>Deleting a clock leaves its customers as they were.</summary>
internal sealed class CustomersOutliveTheirClock : IClockDeletion
{
    public void DeleteCustomersOf(string clock)
    {
        // Nothing: the customers stay, on a clock that no longer exists.
    }
}

/// <summary>
/// A cursor at either end of the list is located one place off: starting_after the newest or the oldest grant starts
/// at that grant itself, as an off-by-one search does at its bounds.
/// </summary>
internal sealed class CursorAtTheEndsIncluded(IGrantSequence newestFirst) : IGrantSequence
{
    public int Count => newestFirst.Count;

    public CreditGrant this[int position] => newestFirst[position];

    public (int Before, int After) Locate(CreditGrant grant)
    {
        var (before, after) = newestFirst.Locate(grant);
        return before == 0 || after == Count ? (before, before) : (before, after);
    }
}

/// <summary>
/// The customer list's query is misread for one customer (a filter dropped or loosened), then judged by the faithful
/// listing.
/// </summary>
internal sealed class CustomerQueryRewritten(
    ICustomerListing inner,
    Func<CustomerListQuery, Customer, CustomerListQuery> rewrite) : ICustomerListing
{
    public bool Selects(CustomerListQuery query, Customer customer) =>
        inner.Selects(rewrite(query, customer), customer);
}

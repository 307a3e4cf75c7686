using CreditGrantConformance.ReferenceServer.Customers;
using CreditGrantConformance.ReferenceServer.TestClocks;

namespace CreditGrantConformance.ReferenceServer.Faults.Seams;

/// <summary>A test clock store that passes every call on; clock faults override what they break.</summary>
internal class ClockStoreDecorator(ITestClockStore inner) : ITestClockStore
{
    protected ITestClockStore Inner => inner;

    public virtual TestClock Add(TestClock clock) => inner.Add(clock);

    public virtual TestClock? Find(string id) => inner.Find(id);

    public virtual IReadOnlyList<TestClock> NewestFirst() => inner.NewestFirst();

    public virtual TestClock Write(string id, ClockWrite write) => inner.Write(id, write);
}

/// <summary>An advance starts and never completes: the clock reads as advancing for ever.</summary>
internal sealed class AdvancesNeverComplete(ITestClockStore inner) : ClockStoreDecorator(inner)
{
    public override TestClock Write(string id, ClockWrite write) =>
        Inner.Write(id, write is AdvanceWrite advance ? advance with { ReadyAt = DateTimeOffset.MaxValue } : write);
}

/// <summary>A deleted clock is still found, as if the delete had only been answered.</summary>
internal sealed class DeletedClocksFound(ITestClockStore inner) : ClockStoreDecorator(inner)
{
    public override TestClock? Find(string id) => Inner.Find(id) is { } clock ? clock with { Deleted = false } : null;
}

/// <summary>A grant's writes read real time, whatever its customer's clock says.</summary>
internal sealed class RealTimeForGrants(ICustomerTime inner, TimeProvider time) : ICustomerTime
{
    public long Now(string? customer) => time.GetUtcNow().ToUnixTimeSeconds();

    public string? ClockOf(string? customer) => inner.ClockOf(customer);
}

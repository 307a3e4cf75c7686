namespace CreditGrantConformance.ReferenceServer.TestClocks;

/// <summary>Where test clocks live; the seam of the clock faults, which decorate it.</summary>
public interface ITestClockStore
{
    TestClock Add(TestClock clock);

    /// <summary>The clock as it reads now, deleted ones included (their customers stay in their time).</summary>
    TestClock? Find(string id);

    /// <summary>The clocks not deleted, newest first, as they read now.</summary>
    IReadOnlyList<TestClock> NewestFirst();

    /// <summary>Applies a write atomically to the clock as it reads now; an unknown or deleted id is a 404.</summary>
    TestClock Write(string id, ClockWrite write);
}

/// <summary>A change to a stored clock, applied under the store's lock. Throws to refuse.</summary>
public abstract record ClockWrite
{
    public abstract TestClock ApplyTo(TestClock current);
}

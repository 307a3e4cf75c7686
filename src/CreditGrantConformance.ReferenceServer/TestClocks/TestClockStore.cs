using CreditGrantConformance.ReferenceServer.Infrastructure;
using CreditGrantConformance.ReferenceServer.Rules;

namespace CreditGrantConformance.ReferenceServer.TestClocks;

/// <summary>In-memory test clocks under one lock; every read settles advances that are due.</summary>
public sealed class TestClockStore(TimeProvider time) : ITestClockStore
{
    private readonly Dictionary<string, TestClock> byId = new(StringComparer.Ordinal);
    private readonly Lock gate = new();
    private long sequence;

    public static string NewId() => "clock_" + RequestIds.Random(24);

    public TestClock Add(TestClock clock)
    {
        lock (gate)
        {
            var stored = clock with { Sequence = ++sequence };
            byId.Add(stored.Id, stored);
            return stored;
        }
    }

    public TestClock? Find(string id)
    {
        lock (gate)
        {
            return byId.GetValueOrDefault(id)?.SettledAt(time.GetUtcNow());
        }
    }

    public IReadOnlyList<TestClock> NewestFirst()
    {
        var now = time.GetUtcNow();
        lock (gate)
        {
            return byId.Values.Where(c => !c.Deleted)
                .OrderByDescending(c => c.Created).ThenByDescending(c => c.Sequence)
                .Select(c => c.SettledAt(now))
                .ToList();
        }
    }

    public TestClock Write(string id, ClockWrite write)
    {
        lock (gate)
        {
            var current = byId.GetValueOrDefault(id) is { Deleted: false } clock
                ? clock.SettledAt(time.GetUtcNow())
                : throw new ApiException(StripeError.NoSuch("test clock", id, "id", 404));
            return byId[id] = write.ApplyTo(current);
        }
    }
}

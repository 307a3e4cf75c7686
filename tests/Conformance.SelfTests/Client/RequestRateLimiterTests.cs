using CreditGrantConformance.Client;

namespace CreditGrantConformance.SelfTests.Client;

public sealed class RequestRateLimiterTests
{
    [Test]
    public async Task No_more_than_the_limit_start_within_one_second()
    {
        var time = new ManualTime();
        var limiter = new RequestRateLimiter(3, time);
        for (var i = 0; i < 3; i++)
        {
            await limiter.WaitAsync();
        }

        var fourth = limiter.WaitAsync();
        await Task.Delay(50);
        var blocked = !fourth.IsCompleted;
        time.Advance(TimeSpan.FromSeconds(1));
        await fourth.WaitAsync(TimeSpan.FromSeconds(5));

        Assert.Multiple(() =>
        {
            Assert.That(blocked, Is.True, "the fourth request must wait for the window to move");
            Assert.That(limiter.Total, Is.EqualTo(4));
            Assert.That(limiter.PeakPerSecond, Is.EqualTo(3));
        });
    }

    [Test]
    public void A_limit_of_zero_is_refused() =>
        Assert.That(() => new RequestRateLimiter(0), Throws.InstanceOf<ArgumentOutOfRangeException>());

    private sealed class ManualTime : TimeProvider
    {
        private readonly List<(DateTimeOffset Due, Action Fire)> timers = [];
        private DateTimeOffset now = new(2026, 11, 23, 0, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => now;

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            lock (timers)
            {
                timers.Add((now + dueTime, () => callback(state)));
            }

            return new NoopTimer();
        }

        public void Advance(TimeSpan by)
        {
            now += by;
            List<Action> due;
            lock (timers)
            {
                due = timers.Where(t => t.Due <= now).Select(t => t.Fire).ToList();
                timers.RemoveAll(t => t.Due <= now);
            }

            due.ForEach(fire => fire());
        }

        private sealed class NoopTimer : ITimer
        {
            public bool Change(TimeSpan dueTime, TimeSpan period) => true;

            public void Dispose()
            {
            }

            public ValueTask DisposeAsync() => ValueTask.CompletedTask;
        }
    }
}

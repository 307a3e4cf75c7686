namespace CreditGrantConformance.Client;

/// <summary>
/// Shared by every check of a run: never more than <see cref="MaxPerSecond"/> request starts in any one-second window
/// (a sliding log), so a live test-mode account (25 reads and 25 writes a second, https://docs.stripe.com/rate-limits)
/// is never exceeded.
/// </summary>
public sealed class RequestRateLimiter
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(1);
    private readonly Queue<DateTimeOffset> recent = new();
    private readonly TimeProvider time;
    private readonly int capacity;
    private long total;
    private int peak;

    public RequestRateLimiter(double maxPerSecond, TimeProvider? time = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxPerSecond);
        MaxPerSecond = maxPerSecond;
        capacity = Math.Max(1, (int)Math.Floor(maxPerSecond));
        this.time = time ?? TimeProvider.System;
    }

    public double MaxPerSecond { get; }

    public int PeakPerSecond
    {
        get
        {
            lock (recent)
            {
                return peak;
            }
        }
    }

    public long Total => Interlocked.Read(ref total);

    public async Task WaitAsync(CancellationToken cancellationToken = default)
    {
        while (true)
        {
            TimeSpan wait;
            lock (recent)
            {
                var now = time.GetUtcNow();
                while (recent.Count > 0 && now - recent.Peek() >= Window)
                {
                    recent.Dequeue();
                }

                if (recent.Count < capacity)
                {
                    recent.Enqueue(now);
                    peak = Math.Max(peak, recent.Count);
                    Interlocked.Increment(ref total);
                    return;
                }

                wait = Window - (now - recent.Peek());
            }

            await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
        }
    }
}

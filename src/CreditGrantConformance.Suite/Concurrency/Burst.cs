namespace CreditGrantConformance.Suite.Concurrency;

/// <summary>
/// Sends requests at once: every send waits on one gate that opens when all are started, so none begins before the
/// others are ready. They still pass the run's rate limit one by one; on loopback its window holds a burst whole.
/// </summary>
public static class Burst
{
    public static async Task<IReadOnlyList<T>> AtOnceAsync<T>(IEnumerable<Func<Task<T>>> sends)
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var started = sends.Select(async send =>
        {
            await gate.Task.ConfigureAwait(false);
            return await send().ConfigureAwait(false);
        }).ToList();
        gate.SetResult();
        return await Task.WhenAll(started).ConfigureAwait(false);
    }
}

using CreditGrantConformance.Client;
using CreditGrantConformance.Suite.Configuration;

namespace CreditGrantConformance.Suite.Ledger;

/// <summary>
/// Waiting for what Stripe does asynchronously (a test clock's advance, an expiry reaching the ledger) by asking
/// again, never by sleeping for a guessed time. The timeouts are stated in the rules that use them.
/// </summary>
public static class Polling
{
    /// <summary>How long a target may take to finish what it does asynchronously, remote or on this machine.</summary>
    public static TimeSpan Timeout(ConformanceSettings settings) =>
        OnThisMachine(settings) ? TimeSpan.FromSeconds(5) : TimeSpan.FromSeconds(60);

    /// <summary>
    /// How long to wait before the first look at a test clock's advance: longer than the reference server's advance
    /// (25 ms) on this machine, so that a run of one seed reads each advance once and sends the same requests every
    /// time; short beside Stripe's elsewhere. A target slower than that is read again, as polling does.
    /// </summary>
    public static TimeSpan FirstLook(ConformanceSettings settings) =>
        OnThisMachine(settings) ? TimeSpan.FromMilliseconds(50) : TimeSpan.FromMilliseconds(300);

    private static bool OnThisMachine(ConformanceSettings settings) =>
        settings.IsEmbedded || settings.BaseUrl!.IsLoopback;

    /// <summary>
    /// Sends until the answer is done or the timeout passes, and returns the last answer (done or not): the check
    /// judges it, so a target that never gets there fails with what it last said.
    /// </summary>
    public static async Task<StripeResponse> UntilAsync(
        Func<Task<StripeResponse>> send,
        Func<StripeResponse, bool> done,
        TimeSpan timeout,
        TimeSpan firstLook = default)
    {
        var deadline = DateTimeOffset.UtcNow + timeout;
        await Task.Delay(firstLook).ConfigureAwait(false);
        var delay = TimeSpan.FromMilliseconds(50);
        while (true)
        {
            var response = await send().ConfigureAwait(false);
            if (done(response) || DateTimeOffset.UtcNow >= deadline)
            {
                return response;
            }

            await Task.Delay(delay).ConfigureAwait(false);
            delay = TimeSpan.FromMilliseconds(Math.Min(delay.TotalMilliseconds * 2, 1000));
        }
    }
}

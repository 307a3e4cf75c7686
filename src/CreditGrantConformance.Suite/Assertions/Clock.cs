using System.Text.Json.Nodes;

namespace CreditGrantConformance.Suite.Assertions;

/// <summary>
/// Timestamps a target sets to "now". The tolerance allows for clock skew between this machine and a remote target.
/// </summary>
public static class Clock
{
    public static readonly TimeSpan Tolerance = TimeSpan.FromMinutes(5);

    public static long Now => DateTimeOffset.UtcNow.ToUnixTimeSeconds();

    public static bool IsNow(JsonNode? node) =>
        Expect.Long(node) is { } seconds && Math.Abs(seconds - Now) <= Tolerance.TotalSeconds;

    /// <summary>
    /// Waits until the unix time is past the given second; at most two seconds, should the target's clock run ahead.
    /// </summary>
    public static async Task WaitForNextSecondAsync(long second)
    {
        var deadline = DateTimeOffset.UtcNow.AddSeconds(2);
        while (Now <= second && DateTimeOffset.UtcNow < deadline)
        {
            await Task.Delay(50).ConfigureAwait(false);
        }
    }
}

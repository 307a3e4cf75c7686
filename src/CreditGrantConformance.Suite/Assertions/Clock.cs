using System.Text.Json.Nodes;
using CreditGrantConformance.Results.Json;

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
    /// A timestamp the target set as it answered: seconds since the Unix epoch (the spec's words for created and
    /// updated), within <see cref="Tolerance"/> of this machine's clock; milliseconds are named as such.
    /// </summary>
    public static Expectation SecondsNow(string pointer) => Expect.Satisfies(
        pointer,
        $"seconds since the Unix epoch within {Tolerance.TotalMinutes:0} minutes of the request",
        node => Expect.Long(node) switch
        {
            null => $"expected an integer number of seconds, got {JsonText.Short(node)}",
            long s when Math.Abs((s / 1000) - Now) <= Tolerance.TotalSeconds
                => $"{s} is {s / 1000} in seconds: milliseconds since the epoch, not seconds",
            long s when Math.Abs(s - Now) > Tolerance.TotalSeconds
                => $"{s} is {s - Now} s from this machine's clock ({Now}), beyond the tolerance",
            _ => null,
        });

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

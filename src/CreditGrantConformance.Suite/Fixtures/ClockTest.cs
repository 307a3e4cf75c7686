using System.Text.Json.Nodes;
using CreditGrantConformance.Client;
using CreditGrantConformance.Suite.Assertions;
using CreditGrantConformance.Suite.Ledger;
using CreditGrantConformance.Suite.Requests;

namespace CreditGrantConformance.Suite.Fixtures;

/// <summary>
/// Adds test clocks to a grant fixture: a check that needs time makes a clock of its own and puts its customers on it,
/// so it moves time by advancing the clock and never waits for real time. Stripe allows three customers per clock.
/// </summary>
public abstract class ClockTest : CreditGrantTest
{
    public const long Hour = 3600;

    /// <summary>
    /// Creates a test clock frozen at a whole second (now, unless given); a refused create fails. Its advances wait
    /// <paramref name="readyTimeout"/> for ready, the polling timeout unless given.
    /// </summary>
    protected static async Task<TestClock> NewClockAsync(long? frozenTime = null, TimeSpan? readyTimeout = null)
    {
        var time = frozenTime ?? Clock.Now;
        var response = await Api.CreateTestClockAsync(ClockRequests.Create(time, Settings.RunId))
            .ConfigureAwait(false);
        response.Should(Expect.Status(200), Expect.FieldIs("/id", "a test clock id", id => id is JsonValue));
        return new TestClock(
            response.Json!["id"]!.GetValue<string>(),
            time,
            readyTimeout ?? Polling.Timeout(Settings),
            Polling.FirstLook(Settings));
    }

    /// <summary>A grant of a clock's customer (minimal, changed first if asked); a refused create fails.</summary>
    protected static async Task<JsonObject> CreateGrantForAsync(string customer, Action<FormParams>? change = null)
    {
        var request = GrantRequests.Minimal(customer, Settings.RunId);
        change?.Invoke(request);
        var response = await Api.CreateAsync(request).ConfigureAwait(false);
        response.Should(Expect.Status(200));
        return (JsonObject)response.Json!;
    }

    /// <summary>The summary of a customer filtered by one grant, as the target answers it.</summary>
    protected static Task<StripeResponse> SummaryOfAsync(string customer, string grant) =>
        Api.BalanceSummaryAsync(SummaryQuery.ByGrant(customer, grant));
}

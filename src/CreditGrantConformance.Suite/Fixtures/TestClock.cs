using System.Text.Json.Nodes;
using CreditGrantConformance.Client;
using CreditGrantConformance.Suite.Assertions;
using CreditGrantConformance.Suite.Execution;
using CreditGrantConformance.Suite.Requests;

namespace CreditGrantConformance.Suite.Fixtures;

/// <summary>
/// One test clock of a check: its customers (at most <see cref="MaxCustomers"/>, the limit Stripe documents) and its
/// advances, each polled until the clock is ready again.
/// </summary>
public sealed class TestClock(string id, long frozenTime, TimeSpan readyTimeout, TimeSpan firstLook)
{
    public const int MaxCustomers = 3;

    private int customers;

    public string Id { get; } = id;

    /// <summary>The clock's time as this check last moved it.</summary>
    public long FrozenTime { get; private set; } = frozenTime;

    public TimeSpan ReadyTimeout { get; } = readyTimeout;

    public TimeSpan FirstLook { get; } = firstLook;

    /// <summary>A new customer on this clock; a fourth one is a mistake of the check, said so.</summary>
    public async Task<string> CustomerAsync()
    {
        if (Interlocked.Increment(ref customers) > MaxCustomers)
        {
            throw new InvalidOperationException(
                $"Test clock {Id} already has {MaxCustomers} customers, Stripe's limit: make another clock.");
        }

        var context = CheckContext.Current;
        var response = await context.Api.CreateCustomerAsync(ClockRequests.Customer(Id, context.Settings.RunId))
            .ConfigureAwait(false);
        response.Should(Expect.Status(200), Expect.FieldIs("/id", "a customer id", i => i is JsonValue));
        return response.Json!["id"]!.GetValue<string>();
    }

    /// <summary>
    /// Advances the clock and polls it until ready: a refused advance, or a clock not ready at its target within the
    /// timeout, fails the check with the target's last answer (the rule Stripe documents for advancing).
    /// </summary>
    public async Task<StripeResponse> AdvanceAsync(long to)
    {
        var api = CheckContext.Current.Api;
        (await api.AdvanceTestClockAsync(Id, to).ConfigureAwait(false)).Should(Expect.Status(200));
        var ready = await WaitReadyAsync().ConfigureAwait(false);
        ready.Should(
            Expect.Field("/status", "ready"),
            Expect.Field("/frozen_time", to));
        FrozenTime = to;
        return ready;
    }

    /// <summary>
    /// Retrieves the clock until its status is no longer advancing, or the timeout passes. The first look waits
    /// <see cref="FirstLook"/> (<see cref="Ledger.Polling.FirstLook"/>): a target that finishes an advance within it is
    /// read once, so two runs of one seed send the same requests and compare exchange by exchange.
    /// </summary>
    public Task<StripeResponse> WaitReadyAsync()
    {
        var api = CheckContext.Current.Api;
        return Ledger.Polling.UntilAsync(
            () => api.RetrieveTestClockAsync(Id),
            r => r.StatusCode != 200 || r.Json?["status"]?.ToString() != "advancing",
            ReadyTimeout,
            FirstLook);
    }
}

using CreditGrantConformance.Suite.Configuration;
using CreditGrantConformance.Suite.Ledger;
using CreditGrantConformance.Suite.Properties;
using FsCheck.Experimental;

namespace CreditGrantConformance.Checks.Properties;

/// <summary>
/// The lifecycle property with the ledger and the clock: what any sequence of grant calls and clock advances does to a
/// test clock's customer's credit balance summary and transactions.
/// </summary>
public sealed class LedgerProperties : ClockTest
{
    [Check("property.ledger_matches_the_model", Provenance.Documented, Categories.State,
        "Any sequence of creates (effective and expiring after the clock's time, in one or two currencies), expiry "
        + "changes, expires, voids and test clock advances leaves the summary (per currency, by scope and by grant) "
        + "and the transactions (credits_granted, credits_expired, credits_voided per grant) where the documented "
        + "rules say (read until they are, within 5 seconds on a loopback target, 60 elsewhere)",
        Sources.BillingCredits, RequiresState = true)]
    public void Any_sequence_of_calls_and_advances_leaves_the_ledger_in_the_state_of_the_model()
    {
        var watch = new CaseWatch();
        var budget = LedgerBudget.Of(Settings);
        var machine = new LedgerMachine(
            () => watch.Run(() =>
            {
                var clock = NewClockAsync(readyTimeout: Settle(watch)).GetAwaiter().GetResult();
                return new LedgerTarget(
                    Api,
                    clock,
                    clock.CustomerAsync().GetAwaiter().GetResult(),
                    Settings.RunId,
                    Settle(watch),
                    watch);
            }),
            budget.Steps);

        PropertyRunner.Check(Check, StateMachine.ToProperty(machine), watch, budget.Cases);
    }

    /// <summary>
    /// How long a read may take to hold, and an advance to be ready: the polling timeout until a case has failed; while
    /// FsCheck shrinks it, a fifth of that, since the failure has been seen with the whole timeout and every smaller
    /// case that fails costs the wait again.
    /// </summary>
    private static TimeSpan Settle(CaseWatch watch) =>
        watch.LastFailure is null ? Polling.Timeout(Settings) : Polling.Timeout(Settings) / 5;
}

/// <summary>
/// What one run spends on the ledger property: each sequence makes a clock and a customer, and each step four to six
/// requests (the call, the summaries, the transactions, an advance's polls), so a sequence costs about what ten cases
/// of a plain property do: the run's property cases buy one sequence per ten. A loopback target gets up to 10
/// sequences of 10 steps (the default 100 cases); a remote one (a live test-mode account) 3 of 6, about 100 requests.
/// </summary>
internal sealed record LedgerBudget(int Cases, int Steps)
{
    public static LedgerBudget Of(ConformanceSettings settings) =>
        settings.IsEmbedded || settings.BaseUrl!.IsLoopback
            ? new(Math.Clamp(settings.PropertyCases / 10, 1, 10), 10)
            : new(Math.Clamp(settings.PropertyCases / 10, 1, 3), 6);
}

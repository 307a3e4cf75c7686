using CreditGrantConformance.Suite.Http;
using CreditGrantConformance.Suite.Properties;

namespace CreditGrantConformance.Checks.Properties;

/// <summary>
/// The target side of one generated ledger sequence: a test clock of its own, one customer on it, and the ids the
/// target gave the grants, by creation order.
/// </summary>
public sealed class LedgerTarget(
    CreditGrantApi api,
    TestClock clock,
    string customer,
    string runId,
    TimeSpan settle,
    CaseWatch watch)
{
    /// <summary>Keeps the target breaking apart from counterexamples (see <see cref="CaseWatch"/>).</summary>
    public CaseWatch Watch { get; } = watch;

    public CreditGrantApi Api { get; } = api;

    public TestClock Clock { get; } = clock;

    /// <summary>The clock's first frozen_time: the model's times are seconds after it.</summary>
    public long Start { get; } = clock.FrozenTime;

    public string Customer { get; } = customer;

    public string RunId { get; } = runId;

    /// <summary>How long the summary and transactions may take to follow a call (the polling timeout).</summary>
    public TimeSpan Settle { get; } = settle;

    public List<string> Ids { get; } = [];
}

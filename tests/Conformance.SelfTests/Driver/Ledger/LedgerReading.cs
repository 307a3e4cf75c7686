namespace CreditGrantConformance.SelfTests.Driver.Ledger;

/// <summary>
/// What an SDK read in the <see cref="LedgerScenario"/>: the available balance in the scenario's currency of the
/// summary filtered by the grant (0 when the summary has no entry for it) before the grant is effective, once it is,
/// and once it has expired; the clock's status after each advance's polling; and the type of each credit balance
/// transaction listed for the grant (its credit's or debit's type).
/// </summary>
internal sealed record LedgerReading(
    long AvailableBeforeEffective,
    long AvailableAfterEffective,
    long AvailableAfterExpiry,
    IReadOnlyList<string> ClockStatuses,
    IReadOnlyList<string> TransactionTypes)
{
    private static readonly string[] ReadyTwice = ["ready", "ready"];

    private static readonly string[] GrantedThenExpired = ["credits_granted", "credits_expired"];

    /// <summary>What the scenario must read, whichever SDK read it.</summary>
    public void AssertAsIssued()
    {
        Assert.Multiple(() =>
        {
            Assert.That(AvailableBeforeEffective, Is.Zero, "available before effective_at");
            Assert.That(AvailableAfterEffective, Is.EqualTo(LedgerScenario.Value), "available once effective");
            Assert.That(AvailableAfterExpiry, Is.Zero, "available after expires_at");
            Assert.That(ClockStatuses, Is.EqualTo(ReadyTwice), "the clock after each advance");
            Assert.That(
                TransactionTypes,
                Is.EquivalentTo(GrantedThenExpired),
                "the grant's credit balance transactions");
        });
    }
}

using CreditGrantConformance.ReferenceServer.CreditGrants;

namespace CreditGrantConformance.ReferenceServer.Ledger;

/// <summary>The credit and debit types the ledger writes (API reference, credit balance transaction).</summary>
public enum EntryKind
{
    CreditsGranted,
    CreditsExpired,
    CreditsVoided,
}

/// <summary>
/// One billing.credit_balance_transaction: a credit when a grant becomes effective, a debit of what remains when it
/// expires or is voided. Times are in the grant's customer's time.
/// </summary>
public sealed record LedgerEntry(
    string Id,
    CreditGrant Grant,
    EntryKind Kind,
    MonetaryAmount Amount,
    long EffectiveAt,
    long Created)
{
    public bool IsCredit => Kind is EntryKind.CreditsGranted;

    /// <summary>What the entry adds to its currency's balance.</summary>
    public long Signed => IsCredit ? Amount.Value : -Amount.Value;

    public string TypeName => Kind switch
    {
        EntryKind.CreditsGranted => "credits_granted",
        EntryKind.CreditsExpired => "credits_expired",
        _ => "credits_voided",
    };
}

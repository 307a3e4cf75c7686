using CreditGrantConformance.ReferenceServer.CreditGrants;

namespace CreditGrantConformance.ReferenceServer.Ledger;

/// <summary>What a grant has written to the ledger by a time: the seam of the ledger faults.</summary>
public interface IGrantHistory
{
    /// <summary>The grant's entries at <paramref name="now"/> (its customer's time), oldest first.</summary>
    IReadOnlyList<LedgerEntry> Of(CreditGrant grant, long now);
}

/// <summary>
/// Stripe's billing credits guide: a grant funds the balance when it becomes effective (credits_granted, at
/// effective_at), and what remains leaves it when the grant expires (credits_expired, at expires_at) or is voided
/// (credits_voided, at voided_at), whichever comes first. A grant voided or expired before it became effective never
/// funds the balance (ASSUMPTIONS.md ledger.void_before_effective). Nothing is applied to invoices here, so what
/// remains is the whole value.
/// </summary>
public sealed class GrantHistory : IGrantHistory
{
    public IReadOnlyList<LedgerEntry> Of(CreditGrant grant, long now)
    {
        if (grant.Monetary is not { } amount)
        {
            return [];
        }

        var effective = grant.EffectiveAt ?? grant.Created;
        var (end, endKind) = End(grant);
        if (effective > now || end < effective)
        {
            return [];
        }

        var granted = Entry(grant, EntryKind.CreditsGranted, amount, effective);
        return end is { } at && at <= now ? [granted, Entry(grant, endKind, amount, at)] : [granted];
    }

    private static LedgerEntry Entry(CreditGrant grant, EntryKind kind, MonetaryAmount amount, long at) =>
        new(TransactionIds.For(grant, kind), grant, kind, amount, at, Math.Max(grant.Created, at));

    // The first of the void and the expiry; a void at the very moment of expiry counts as the void.
    private static (long? At, EntryKind Kind) End(CreditGrant grant) => (grant.VoidedAt, grant.ExpiresAt) switch
    {
        ({ } voided, { } expires) when expires < voided => (expires, EntryKind.CreditsExpired),
        ({ } voided, _) => (voided, EntryKind.CreditsVoided),
        (null, { } expires) => (expires, EntryKind.CreditsExpired),
        _ => (null, EntryKind.CreditsExpired),
    };
}

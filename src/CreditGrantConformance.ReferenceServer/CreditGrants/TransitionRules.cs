using CreditGrantConformance.ReferenceServer.Rules;

namespace CreditGrantConformance.ReferenceServer.CreditGrants;

/// <summary>
/// Which grants expire and void refuse. Stripe documents that a voided grant can still be expired and says nothing of
/// these repeats (ASSUMPTIONS.md): the server refuses them as state errors, the lenient variant answers them unchanged
/// (an expired grant is still voided there).
/// </summary>
public static class TransitionRules
{
    public static readonly Rule<GrantState> ExpireExpired = Rule.Refuse<GrantState>(
        "expire.expired_grant", Provenance.Assumed,
        "expiring a grant whose expires_at has passed (ASSUMPTIONS.md expire.twice)",
        s => s.Grant.IsExpired(s.Now),
        s => StripeError.Invalid($"The credit grant {s.Grant.Id} has already expired."))
            with { Lenient = RuleMode.Unchanged };

    public static readonly Rule<GrantState> VoidVoided = Rule.Refuse<GrantState>(
        "void.voided_grant", Provenance.Assumed, "voiding a voided grant (ASSUMPTIONS.md void.twice)",
        s => s.Grant.VoidedAt is not null,
        s => StripeError.Invalid($"The credit grant {s.Grant.Id} has already been voided."))
            with { Lenient = RuleMode.Unchanged };

    public static readonly Rule<GrantState> VoidExpired = Rule.Refuse<GrantState>(
        "void.expired_grant", Provenance.Assumed,
        "voiding an expired grant; the guide allows expiring voided grants, not the reverse "
            + "(ASSUMPTIONS.md void.after_expire)",
        s => s.Grant.IsExpired(s.Now),
        s => StripeError.Invalid($"The credit grant {s.Grant.Id} has expired and can no longer be voided."));

    public static readonly RuleList<GrantState> Expire = new("expire", [ExpireExpired]);

    public static readonly RuleList<GrantState> Void = new("void", [VoidVoided, VoidExpired]);
}

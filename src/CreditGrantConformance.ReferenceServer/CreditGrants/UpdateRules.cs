using CreditGrantConformance.ReferenceServer.Rules;

namespace CreditGrantConformance.ReferenceServer.CreditGrants;

/// <summary>A grant and the update asked of it.</summary>
public sealed record UpdateState(CreditGrant Grant, UpdateWrite Update);

/// <summary>
/// What an update requires of the grant it changes. Stripe documents none of these (ASSUMPTIONS.md update.*).
/// </summary>
public static class UpdateRules
{
    public static readonly Rule<UpdateState> ExpiryOfVoided = Rule.Refuse<UpdateState>(
        "update.expiry_of_voided_grant", Provenance.Assumed,
        "a voided grant's expiry has no meaning (ASSUMPTIONS.md update.after_void_or_expire)",
        s => s.Update.ExpiresAt is not null && s.Grant.VoidedAt is not null, s => Inactive(s.Grant));

    public static readonly Rule<UpdateState> ExpiryOfExpired = Rule.Refuse<UpdateState>(
        "update.expiry_of_expired_grant", Provenance.Assumed,
        "an expired grant's expiry has no meaning (ASSUMPTIONS.md update.after_void_or_expire)",
        s => s.Update.ExpiresAt is not null && s.Grant.IsExpired(s.Update.Now), s => Inactive(s.Grant));

    public static readonly Rule<UpdateState> ExpiryAfterStart = Rule.Refuse<UpdateState>(
        "update.expiry_after_effective", Provenance.Assumed,
        "a grant that expires before it starts is meaningless (ASSUMPTIONS.md update.expiry_order)",
        s => s.Update.ExpiresAt?.Value <= s.Grant.EffectiveAt,
        _ => StripeError.Invalid("expires_at must be after the grant's effective_at.", "expires_at"));

    public static readonly RuleList<UpdateState> State =
        new("update", [ExpiryOfVoided, ExpiryOfExpired, ExpiryAfterStart]);

    private static StripeError Inactive(CreditGrant grant) =>
        StripeError.Invalid(
            $"The credit grant {grant.Id} is no longer active: its expires_at cannot change.", "expires_at");
}

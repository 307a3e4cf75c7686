using CreditGrantConformance.ReferenceServer.Rules;

namespace CreditGrantConformance.ReferenceServer.CreditGrants;

/// <summary>
/// Expire (PostBillingCreditGrantsIdExpire): expires_at becomes now, as the API reference's example shows.
/// </summary>
public sealed record ExpireWrite(RuleBook Rules, long Now) : GrantWrite
{
    public override CreditGrant ApplyTo(CreditGrant current) =>
        Rules.Check(TransitionRules.Expire, new GrantState(current, Now)) is Verdict.Unchanged
            ? current
            : current with { ExpiresAt = Now, Updated = Now };
}

/// <summary>
/// Void (PostBillingCreditGrantsIdVoid): voided_at becomes now, expires_at stays, as the API reference's example shows.
/// </summary>
public sealed record VoidWrite(RuleBook Rules, long Now) : GrantWrite
{
    public override CreditGrant ApplyTo(CreditGrant current) =>
        Rules.Check(TransitionRules.Void, new GrantState(current, Now)) is Verdict.Unchanged
            ? current
            : current with { VoidedAt = Now, Updated = Now };
}

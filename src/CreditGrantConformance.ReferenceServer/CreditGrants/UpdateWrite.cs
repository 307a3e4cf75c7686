using CreditGrantConformance.ReferenceServer.Infrastructure;
using CreditGrantConformance.ReferenceServer.Rules;

namespace CreditGrantConformance.ReferenceServer.CreditGrants;

/// <summary>
/// An update as sent: metadata merges into the grant's, expires_at moves or clears, updated moves to now.
/// </summary>
public sealed record UpdateWrite(RuleBook Rules, long Now, ExpiresAtChange? ExpiresAt, MetadataPatch? Metadata)
    : GrantWrite
{
    public override CreditGrant ApplyTo(CreditGrant current)
    {
        Rules.Check(UpdateRules.State, new UpdateState(current, this));
        var metadata = Metadata?.ApplyTo(current.Metadata) ?? current.Metadata;
        Rules.Check(MetadataRules.All, metadata, "update");
        return current with
        {
            ExpiresAt = ExpiresAt is null ? current.ExpiresAt : ExpiresAt.Value,
            Metadata = metadata,
            Updated = Now,
        };
    }
}

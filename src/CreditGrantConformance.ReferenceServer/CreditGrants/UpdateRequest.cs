using CreditGrantConformance.ReferenceServer.Infrastructure;
using CreditGrantConformance.ReferenceServer.Rules;
using static CreditGrantConformance.ReferenceServer.Infrastructure.ParamReader;

namespace CreditGrantConformance.ReferenceServer.CreditGrants;

/// <summary>expires_at sent on update: a time, or null for "" (the grant never expires).</summary>
public sealed record ExpiresAtChange(long? Value);

/// <summary>
/// PostBillingCreditGrantsId: only expires_at (an integer, or "" to clear it), metadata (merged) and expand. The
/// request is judged before the grant is looked at; <see cref="UpdateWrite"/> applies it to the grant.
/// </summary>
public static class UpdateRequest
{
    public static readonly ParamShape Shape = ParamShape.Object(
        ("expires_at", ParamShape.Scalar),
        ("metadata", ParamShape.Map),
        ParamShape.Expand);

    public static UpdateWrite Read(FormObject p, RuleBook rules, long now)
    {
        var expiresAt = p["expires_at"] is null ? null : new ExpiresAtChange(Integer(p, "expires_at", "expires_at"));
        var metadata = MetadataPatch.Read(p["metadata"]);
        if (metadata is not null)
        {
            rules.Check(MetadataRules.All, metadata.ApplyTo(MetadataPatch.Empty), "update");
        }

        return new UpdateWrite(rules, now, expiresAt, metadata);
    }
}

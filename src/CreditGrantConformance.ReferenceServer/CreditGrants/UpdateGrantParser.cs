using CreditGrantConformance.ReferenceServer.Faults;
using CreditGrantConformance.ReferenceServer.Infrastructure;
using static CreditGrantConformance.ReferenceServer.Infrastructure.ParamReader;

namespace CreditGrantConformance.ReferenceServer.CreditGrants;

/// <summary>
/// PostBillingCreditGrantsId (A.3): only expires_at (an integer, or "" to clear), metadata (merged) and expand; anything
/// else is parameter_unknown. The change is validated before the grant is looked at, then applied under the store's lock.
/// </summary>
public sealed record UpdateGrantParser(FormNode? ExpiresAt, FormNode? Metadata, FaultSwitch Faults)
{
    public static readonly ParamShape Shape = ParamShape.Object(("expires_at", ParamShape.Scalar), ("metadata", ParamShape.Map), ("expand", ParamShape.ArrayOf(ParamShape.Scalar)));

    public static UpdateGrantParser Parse(FormObject p, FaultSwitch faults)
    {
        if (!faults.Has(FaultNames.UpdateAcceptsAnyParameter))
        {
            ParamShape.RejectUnknown(Shape, p, "");
        }

        Integer(p, "expires_at", "expires_at");
        Expand(p, "customer", "test_clock");
        MetadataRules.Apply(new Dictionary<string, string>(), p["metadata"], replace: true);
        return new UpdateGrantParser(p["expires_at"], p["metadata"], faults);
    }

    public CreditGrant ApplyTo(CreditGrant grant, long now)
    {
        var expiresAt = grant.ExpiresAt;
        if (grant.VoidedAt is not null && Faults.Has(FaultNames.UpdateRejectedAfterVoid))
        {
            throw new ApiException(StripeError.Invalid($"The credit grant {grant.Id} has been voided."));
        }

        if (ExpiresAt is not null && !(IsAbsent(ExpiresAt) && Faults.Has(FaultNames.UpdateClearIgnored)))
        {
            if (grant.VoidedAt is not null || (grant.IsExpired(now) && !Faults.Has(FaultNames.UpdateExpiresAtAfterExpireAllowed)))
            {
                throw new ApiException(StripeError.Invalid($"The credit grant {grant.Id} is no longer active: its expires_at cannot change.", "expires_at"));
            }

            expiresAt = IsAbsent(ExpiresAt) ? null : long.Parse(((FormText)ExpiresAt).Value, System.Globalization.CultureInfo.InvariantCulture);
            if (expiresAt <= grant.EffectiveAt)
            {
                throw new ApiException(StripeError.Invalid("expires_at must be after the grant's effective_at.", "expires_at"));
            }
        }

        if (Metadata is not null && ExpiresAt is not null && Faults.Has(FaultNames.UpdateExpiryLostWithMetadata))
        {
            expiresAt = grant.ExpiresAt;
        }

        return grant with
        {
            WasUpdated = true,
            ExpiresAt = expiresAt,
            Metadata = MetadataRules.Apply(grant.Metadata, Metadata, replace: Faults.Has(FaultNames.UpdateMetadataReplaces), emptyUnsets: !Faults.Has(FaultNames.UpdateUnsetStoresEmpty)),
            Created = Faults.Has(FaultNames.UpdateCreatedMoves) ? now : grant.Created,
            Updated = Faults.Has(FaultNames.UpdateUpdatedNotMoved) ? grant.Updated : now,
        };
    }
}

using CreditGrantConformance.ReferenceServer.Faults;
using CreditGrantConformance.ReferenceServer.Infrastructure;

namespace CreditGrantConformance.ReferenceServer.CreditGrants;

/// <summary>
/// Expire and void (A.4). Documented: expire sets expires_at to now, void sets voided_at, and a voided grant may still be
/// expired. Undocumented, chosen here (ASSUMPTIONS.md): expiring an expired grant, voiding a voided or expired one → 400.
/// </summary>
public static class Transitions
{
    public static CreditGrant Expire(CreditGrant grant, long now, FaultSwitch faults)
    {
        if (grant.IsExpired(now) && !faults.Has(FaultNames.ExpireTwiceAllowed))
        {
            throw new ApiException(StripeError.Invalid($"The credit grant {grant.Id} has already expired."));
        }

        if (grant.VoidedAt is not null && faults.Has(FaultNames.ExpireAfterVoidRejected))
        {
            throw new ApiException(StripeError.Invalid($"The credit grant {grant.Id} has been voided."));
        }

        return grant with
        {
            ExpiresAt = faults.Has(FaultNames.ExpireExpiresAtUnchanged) ? grant.ExpiresAt : now,
            Updated = now,
        };
    }

    public static CreditGrant Void(CreditGrant grant, long now, FaultSwitch faults)
    {
        if (grant.VoidedAt is not null)
        {
            return faults.Has(FaultNames.VoidTwiceAllowed)
                ? grant
                : throw new ApiException(StripeError.Invalid($"The credit grant {grant.Id} has already been voided."));
        }

        if (grant.WasUpdated && faults.Has(FaultNames.VoidAfterUpdateRejected))
        {
            throw new ApiException(StripeError.Invalid($"The credit grant {grant.Id} has been changed and can no longer be voided."));
        }

        if (grant.IsExpired(now) && !faults.Has(FaultNames.VoidAfterExpireAllowed))
        {
            throw new ApiException(StripeError.Invalid($"The credit grant {grant.Id} has expired and can no longer be voided."));
        }

        return grant with
        {
            VoidedAt = faults.Has(FaultNames.VoidVoidedAtNotSet) ? null : now,
            Updated = now,
        };
    }
}

namespace CreditGrantConformance.ReferenceServer.CreditGrants;

/// <summary>Where grants live; the seam of the store faults, which decorate it.</summary>
public interface ICreditGrantStore
{
    /// <summary>
    /// Stores a new grant once <paramref name="admit"/> accepts it (it throws to refuse); answers the grant as stored.
    /// </summary>
    CreditGrant Add(CreditGrant grant, Action<CreditGrant> admit);

    CreditGrant? Find(string id);

    /// <summary>
    /// Applies a write atomically to the grant as it is; answers the grant as written. An unknown id is a 404.
    /// </summary>
    CreditGrant Write(string id, GrantWrite write);
}

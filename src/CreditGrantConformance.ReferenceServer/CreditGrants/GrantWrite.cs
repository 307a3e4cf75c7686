namespace CreditGrantConformance.ReferenceServer.CreditGrants;

/// <summary>A change to a stored grant, applied by the store under its lock to the grant as it is now.</summary>
public abstract record GrantWrite
{
    /// <summary>
    /// The grant after the change; the same instance when the change leaves it as it is. Throws to refuse.
    /// </summary>
    public abstract CreditGrant ApplyTo(CreditGrant current);
}

/// <summary>A grant and the time of the request that judges it.</summary>
public sealed record GrantState(CreditGrant Grant, long Now);

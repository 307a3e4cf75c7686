using CreditGrantConformance.ReferenceServer.CreditGrants;
using CreditGrantConformance.ReferenceServer.Rules;

namespace CreditGrantConformance.ReferenceServer.Faults.Seams;

/// <summary>A grant store that passes every call on; store faults override what they break.</summary>
internal class StoreDecorator(ICreditGrantStore inner) : ICreditGrantStore
{
    protected ICreditGrantStore Inner => inner;

    public virtual CreditGrant Add(CreditGrant grant, Action<CreditGrant> admit) => inner.Add(grant, admit);

    public virtual CreditGrant? Find(string id) => inner.Find(id);

    public virtual CreditGrant Write(string id, GrantWrite write) => inner.Write(id, write);
}

/// <summary>
/// A create is admitted as sent, then stored changed: a field dropped, cut or narrowed on the way to storage.
/// </summary>
internal sealed class StoredAs(ICreditGrantStore inner, Func<CreditGrant, CreditGrant> change) : StoreDecorator(inner)
{
    public override CreditGrant Add(CreditGrant grant, Action<CreditGrant> admit)
    {
        admit(grant);
        return Inner.Add(change(grant), _ => { });
    }
}

/// <summary>The grant is inserted before its values are checked, and stays when the check refuses it.</summary>
internal sealed class StoredBeforeAdmitted(ICreditGrantStore inner) : StoreDecorator(inner)
{
    public override CreditGrant Add(CreditGrant grant, Action<CreditGrant> admit)
    {
        var stored = Inner.Add(grant, _ => { });
        admit(grant);
        return stored;
    }
}

/// <summary>A missing grant is reported as a bad request.</summary>
internal sealed class MissingAs400(ICreditGrantStore inner) : StoreDecorator(inner)
{
    public override CreditGrant? Find(string id) =>
        Inner.Find(id)
            ?? throw new ApiException(StripeError.NoSuch("credit grant", id, "id", 400));
}

/// <summary>Writes of one kind are rewritten before the store applies them.</summary>
internal sealed class WritesRewritten<TWrite>(ICreditGrantStore inner, Func<TWrite, GrantWrite> rewrite)
    : StoreDecorator(inner)
    where TWrite : GrantWrite
{
    public override CreditGrant Write(string id, GrantWrite write) =>
        Inner.Write(id, write is TWrite typed ? rewrite(typed) : write);
}

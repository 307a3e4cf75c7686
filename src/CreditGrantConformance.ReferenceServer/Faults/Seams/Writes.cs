using CreditGrantConformance.ReferenceServer.CreditGrants;
using CreditGrantConformance.ReferenceServer.Rules;

namespace CreditGrantConformance.ReferenceServer.Faults.Seams;

/// <summary>A write whose result is changed, seeing the grant before and after it.</summary>
internal sealed record AdjustedWrite(GrantWrite Inner, Func<CreditGrant, CreditGrant, CreditGrant> Adjust) : GrantWrite
{
    public override CreditGrant ApplyTo(CreditGrant current) => Adjust(current, Inner.ApplyTo(current));

    public static Func<TWrite, GrantWrite> Of<TWrite>(Func<CreditGrant, CreditGrant, CreditGrant> adjust)
        where TWrite : GrantWrite => write => new AdjustedWrite(write, adjust);
}

/// <summary>A write that is answered but never kept: the store keeps the grant as it was.</summary>
internal sealed class UnpersistedWrites<TWrite>(ICreditGrantStore inner) : StoreDecorator(inner)
    where TWrite : GrantWrite
{
    public override CreditGrant Write(string id, GrantWrite write)
    {
        if (write is not TWrite)
        {
            return Inner.Write(id, write);
        }

        CreditGrant? answered = null;
        Inner.Write(id, new AdjustedWrite(write, (before, after) =>
        {
            answered = after;
            return before;
        }));
        return answered!;
    }
}

/// <summary>
/// A grant that was updated cannot be voided, as with a row-version check that only expects version 1.
/// </summary>
internal sealed class VoidRefusedAfterUpdate(ICreditGrantStore inner) : StoreDecorator(inner)
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> updated =
        new(StringComparer.Ordinal);

    public override CreditGrant Write(string id, GrantWrite write)
    {
        if (write is VoidWrite && updated.ContainsKey(id))
        {
            throw new ApiException(StripeError.Invalid(
                $"The credit grant {id} has been changed and can no longer be voided."));
        }

        var written = Inner.Write(id, write);
        if (write is UpdateWrite)
        {
            updated[id] = true;
        }

        return written;
    }
}

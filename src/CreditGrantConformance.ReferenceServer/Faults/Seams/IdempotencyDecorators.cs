using CreditGrantConformance.ReferenceServer.Infrastructure;

namespace CreditGrantConformance.ReferenceServer.Faults.Seams;

/// <summary>
/// Saved results are not found when a key comes back with the same parameters (<paramref name="sameParameters"/> true)
/// or with other parameters (false): the request runs again and its result replaces the saved one.
/// </summary>
internal sealed class SavedResultsMissed(IIdempotencyStore inner, bool sameParameters) : IIdempotencyStore
{
    public bool TryClaim(string scope, string fingerprint, out IdempotencyStore.Entry existing)
    {
        if (inner.TryClaim(scope, fingerprint, out existing))
        {
            return true;
        }

        if (existing.Result is null || (existing.Fingerprint == fingerprint) != sameParameters)
        {
            return false;
        }

        inner.Release(scope);
        return inner.TryClaim(scope, fingerprint, out existing);
    }

    public void Save(string scope, IdempotencyStore.Entry entry) => inner.Save(scope, entry);

    public void Release(string scope) => inner.Release(scope);
}

using CreditGrantConformance.ReferenceServer.CreditGrants;
using CreditGrantConformance.ReferenceServer.Infrastructure;

namespace CreditGrantConformance.ReferenceServer.Faults.Seams;

/// <summary>
/// The races of a server that checks, then acts: the idempotency key looked up but never claimed, and a grant read
/// when its request arrives and written back over whatever is there when it finishes. Each widens its window with the
/// latency a database round trip would give, so the race does not depend on how the scheduler interleaves requests.
/// </summary>
internal static class RaceSeams
{
    /// <summary>How long a request of the faulted operations spends between its read and its write.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromMilliseconds(150);

    /// <summary>
    /// The requests of the given operations take <see cref="Window"/> longer before their endpoint runs.
    /// </summary>
    public static Func<HttpContext, RequestDelegate, Task> Slowed(params string[] operations) =>
        async (context, next) =>
        {
            if (operations.Contains(EndpointOperation.Of(context)))
            {
                await Task.Delay(Window, context.RequestAborted);
            }

            await next(context);
        };
}

/// <summary>
/// The key is looked up but never claimed: a request that finds no saved answer runs, and so does every other request
/// with the same key that arrives before the first one saved its answer.
/// </summary>
internal sealed class KeysLookedUpNotClaimed(IIdempotencyStore inner) : IIdempotencyStore
{
    public bool TryClaim(string scope, string fingerprint, out IdempotencyStore.Entry existing)
    {
        if (!inner.TryClaim(scope, fingerprint, out existing))
        {
            return false;
        }

        inner.Release(scope);
        return true;
    }

    public void Save(string scope, IdempotencyStore.Entry entry) => inner.Save(scope, entry);

    public void Release(string scope) => inner.Release(scope);
}

/// <summary>
/// Update, expire and void compute the grant from what they read as their request arrived and store it over whatever
/// is there by the time they write: no lock and no version check, so concurrent writes overwrite each other.
/// </summary>
internal static class StaleWrites
{
    private static readonly AsyncLocal<CreditGrant?> ReadOnArrival = new();

    private static readonly string[] Writes = ["update", "expire", "void"];

    /// <summary>The edge hook: reads the grant as the request arrives, then waits out the window.</summary>
    public static async Task ReadThenWaitAsync(HttpContext context, RequestDelegate next)
    {
        if (Writes.Contains(EndpointOperation.Of(context)) && context.Request.RouteValues["id"] is string id)
        {
            ReadOnArrival.Value = context.RequestServices.GetRequiredService<ICreditGrantStore>().Find(id);
            await Task.Delay(RaceSeams.Window, context.RequestAborted);
        }

        await next(context);
    }

    /// <summary>The store decorator: applies a write to the grant as it was read, and stores that.</summary>
    internal sealed class Store(ICreditGrantStore inner) : StoreDecorator(inner)
    {
        public override CreditGrant Write(string id, GrantWrite write)
        {
            if (ReadOnArrival.Value is not { } read || read.Id != id)
            {
                return Inner.Write(id, write);
            }

            var written = write.ApplyTo(read);
            return Inner.Write(id, new Overwrite(written));
        }
    }

    private sealed record Overwrite(CreditGrant Grant) : GrantWrite
    {
        public override CreditGrant ApplyTo(CreditGrant current) => Grant;
    }
}

using CreditGrantConformance.ReferenceServer;
using CreditGrantConformance.ReferenceServer.CreditGrants;
using CreditGrantConformance.ReferenceServer.Customers;
using Microsoft.Extensions.DependencyInjection;

namespace CreditGrantConformance.Benchmarks;

/// <summary>The grants a scale run starts with: half of them one customer's (the one listed), the rest spread over 100 others.</summary>
internal sealed record FilledStore(string Customer, IReadOnlyList<string> Ids, double BytesPerGrant);

internal static class StoreFiller
{
    private const int OtherCustomers = 100;

    /// <summary>
    /// Fills the store through its own API (what a create stores, without HTTP), one grant a second back from now, and
    /// measures the managed memory the grants and their indexes take.
    /// </summary>
    public static FilledStore Fill(RunningReferenceServer server, int count)
    {
        var customers = server.Services.GetRequiredService<CustomerStore>();
        var store = server.Services.GetRequiredService<CreditGrantStore>();
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var hot = customers.Anonymous(now).Id;
        var others = Enumerable.Range(0, OtherCustomers).Select(_ => customers.Anonymous(now).Id).ToArray();
        var ids = new List<string>(count);
        var before = SettledHeap();
        for (var i = 0; i < count; i++)
        {
            var created = now - count + i;
            var grant = store.Add(
                new CreditGrant
                {
                    Id = CreditGrantStore.NewId(),
                    Monetary = new MonetaryAmount(Currencies.Canonical("usd")!, 1000),
                    PriceType = "metered",
                    Category = "paid",
                    Customer = i % 2 == 0 ? hot : others[i % OtherCustomers],
                    Created = created,
                    EffectiveAt = created,
                    Metadata = MetadataPatch.Empty,
                    Priority = 50,
                    Updated = created,
                },
                _ => { });
            ids.Add(grant.Id);
        }

        var bytes = (SettledHeap() - before) / (double)count;
        return new FilledStore(hot, ids, bytes);
    }

    // Live managed bytes once every collectable object is gone: full blocking compacting collections until finalizers are done.
    private static long SettledHeap()
    {
        for (var i = 0; i < 3; i++)
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
        }

        return GC.GetTotalMemory(forceFullCollection: false);
    }
}

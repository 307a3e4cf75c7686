using CreditGrantConformance.ReferenceServer;
using CreditGrantConformance.ReferenceServer.CreditGrants;
using CreditGrantConformance.ReferenceServer.Customers;
using CreditGrantConformance.ReferenceServer.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CreditGrantConformance.Benchmarks;

/// <summary>
/// The grants a scale run starts with: half of them one customer's (the one listed), the rest spread over 100 others.
/// </summary>
internal sealed record FilledStore(string Customer, IReadOnlyList<string> Ids);

internal static class StoreFiller
{
    private const int OtherCustomers = 100;

    /// <summary>
    /// Fills a server's store through the store's own API (what a create stores, without HTTP), one grant a second
    /// back from now.
    /// </summary>
    public static FilledStore Fill(RunningReferenceServer server, int count) =>
        Fill(
            server.Services.GetRequiredService<CreditGrantStore>(),
            server.Services.GetRequiredService<CustomerStore>(),
            count);

    /// <summary>
    /// Managed bytes a grant takes in a store of <paramref name="count"/> grants: the grant, its id and every index
    /// entry.
    /// </summary>
    public static double BytesPerGrant(int count)
    {
        var customers = new CustomerStore();
        var before = SettledHeap();
        var store = new CreditGrantStore(new ReferenceServerOptions());
        Fill(store, customers, count);
        var bytes = (SettledHeap() - before) / (double)count;
        GC.KeepAlive(store);
        return bytes;
    }

    private static FilledStore Fill(CreditGrantStore store, CustomerStore customers, int count)
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var hot = customers.Anonymous(now).Id;
        var others = Enumerable.Range(0, OtherCustomers).Select(_ => customers.Anonymous(now).Id).ToArray();
        var ids = new string[count];
        for (var i = 0; i < count; i++)
        {
            var created = now - count + i;
            var grant = new CreditGrant
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
            };
            ids[i] = store.Add(grant, _ => { }).Id;
        }

        return new FilledStore(hot, ids);
    }

    // Live managed bytes once every collectable object is gone: full blocking compacting collections until finalizers
    // are done.
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

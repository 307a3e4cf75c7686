using System.Collections.Concurrent;
using CreditGrantConformance.ReferenceServer.Infrastructure;

namespace CreditGrantConformance.ReferenceServer.Customers;

public sealed class CustomerStore
{
    private readonly ConcurrentDictionary<string, Customer> customers = new(StringComparer.Ordinal);

    public static string NewId() => "cus_" + RequestIds.Random(14);

    public void Put(Customer customer) => customers[customer.Id] = customer;

    public Customer? Find(string? id) => id is null ? null : customers.GetValueOrDefault(id);

    /// <summary>The customers a test clock holds, deleted ones left out.</summary>
    public IReadOnlyList<Customer> OnClock(string clock) =>
        customers.Values.Where(c => c.TestClock == clock && !c.Deleted).ToList();

    /// <summary>
    /// A new customer with nothing but an id: what a grant created without a customer belongs to (lenient variant).
    /// </summary>
    public Customer Anonymous(long now)
    {
        var customer = new Customer(NewId(), now, null, null, null, new Dictionary<string, string>(), Deleted: false);
        Put(customer);
        return customer;
    }
}

using System.Collections.Concurrent;
using CreditGrantConformance.ReferenceServer.Infrastructure;
using CreditGrantConformance.ReferenceServer.TestClocks;

namespace CreditGrantConformance.ReferenceServer.Customers;

/// <summary>Every customer, deleted ones kept (they answer as deleted); the clocks' view of their customers.</summary>
public sealed class CustomerStore : IClockCustomers
{
    private readonly ConcurrentDictionary<string, Customer> customers = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, long> order = new(StringComparer.Ordinal);
    private long created;

    public static string NewId() => "cus_" + RequestIds.Random(14);

    public void Put(Customer customer)
    {
        order.GetOrAdd(customer.Id, _ => Interlocked.Increment(ref created));
        customers[customer.Id] = customer;
    }

    /// <summary>
    /// Every customer not deleted, newest first: by created, and within one second the one created last first.
    /// </summary>
    public IReadOnlyList<Customer> NewestFirst() =>
        customers.Values.Where(c => !c.Deleted)
            .OrderByDescending(c => c.Created)
            .ThenByDescending(c => order.GetValueOrDefault(c.Id))
            .ToList();

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

    ClockCustomer? IClockCustomers.Find(string? id) =>
        Find(id) is { } customer ? new ClockCustomer(customer.Id, customer.Deleted, customer.TestClock) : null;

    void IClockCustomers.Attach(string id, string clock)
    {
        if (Find(id) is { } customer)
        {
            Put(customer with { TestClock = clock });
        }
    }

    void IClockCustomers.DeleteOn(string clock)
    {
        foreach (var customer in OnClock(clock))
        {
            Put(customer with { Deleted = true });
        }
    }
}

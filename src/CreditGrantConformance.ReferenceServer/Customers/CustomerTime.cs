using CreditGrantConformance.ReferenceServer.TestClocks;

namespace CreditGrantConformance.ReferenceServer.Customers;

/// <summary>
/// What time it is for a customer: its test clock's frozen_time, or real time for a customer on no clock. Grants, their
/// defaults and their balances all live in their customer's time.
/// </summary>
public sealed class CustomerTime(CustomerStore customers, ITestClockStore clocks, TimeProvider time) : ICustomerTime
{
    public long Now(string? customer) =>
        ClockOf(customer) is { } clock && clocks.Find(clock) is { } found
            ? found.FrozenTime
            : time.GetUtcNow().ToUnixTimeSeconds();

    public string? ClockOf(string? customer) => customers.Find(customer)?.TestClock;
}

/// <summary>
/// The time a grant's writes read (created, the default effective_at, expire's and void's now): the seam of the fault
/// that makes grants ignore their customer's clock.
/// </summary>
public interface ICustomerTime
{
    long Now(string? customer);

    string? ClockOf(string? customer);
}

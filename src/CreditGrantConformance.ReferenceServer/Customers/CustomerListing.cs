namespace CreditGrantConformance.ReferenceServer.Customers;

/// <summary>
/// Whether a list query selects a customer: the seam of the faults that misread one of its filters.
/// </summary>
public interface ICustomerListing
{
    bool Selects(CustomerListQuery query, Customer customer);
}

/// <summary>
/// Stripe's filters of GetCustomers, each as its OpenAPI spec describes it: <c>test_clock</c> lists that clock's
/// customers, and without it no customer of a test clock is listed; <c>email</c> is a case-sensitive match;
/// <c>created</c> an exact time or a range.
/// </summary>
public sealed class CustomerListing : ICustomerListing
{
    public bool Selects(CustomerListQuery query, Customer customer) =>
        customer.TestClock == query.TestClock
        && (query.Email is null || string.Equals(customer.Email, query.Email, StringComparison.Ordinal))
        && query.Created.Holds(customer.Created);
}

namespace CreditGrantConformance.ReferenceServer.TestClocks;

/// <summary>A customer as a test clock sees it: whether it is deleted, and the clock it lives in.</summary>
public sealed record ClockCustomer(string Id, bool Deleted, string? TestClock);

/// <summary>
/// The customers a test clock holds: one attached when the clock is created with it, all deleted with the clock. The
/// customers' store implements it, so the clocks need nothing else of customers.
/// </summary>
public interface IClockCustomers
{
    ClockCustomer? Find(string? id);

    void Attach(string id, string clock);

    void DeleteOn(string clock);
}

namespace CreditGrantConformance.ReferenceServer.TestClocks;

/// <summary>
/// What deleting a test clock does to its customers: Stripe deletes them with it (API reference, delete a test clock).
/// The seam of the fault that leaves them.
/// </summary>
public interface IClockDeletion
{
    void DeleteCustomersOf(string clock);
}

/// <summary>Deletes the customers a deleted clock held.</summary>
public sealed class ClockDeletion(IClockCustomers customers) : IClockDeletion
{
    public void DeleteCustomersOf(string clock) => customers.DeleteOn(clock);
}

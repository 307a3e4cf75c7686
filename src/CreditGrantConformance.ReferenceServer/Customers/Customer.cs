namespace CreditGrantConformance.ReferenceServer.Customers;

/// <summary>A customer; <see cref="TestClock"/> is the clock it lives in, its time the clock's frozen_time.</summary>
public sealed record Customer(
    string Id,
    long Created,
    string? Email,
    string? Name,
    string? Description,
    IReadOnlyDictionary<string, string> Metadata,
    bool Deleted,
    string? TestClock = null);

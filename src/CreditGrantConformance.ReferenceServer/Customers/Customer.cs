namespace CreditGrantConformance.ReferenceServer.Customers;

public sealed record Customer(
    string Id,
    long Created,
    string? Email,
    string? Name,
    string? Description,
    IReadOnlyDictionary<string, string> Metadata,
    bool Deleted);

namespace CreditGrantConformance.Suite.Results;

/// <summary>What the end-of-run cleanup did; objects it could not clean are listed with the reason.</summary>
public sealed record CleanupReport(int GrantsVoided, int GrantsAlreadyInactive, int CustomersDeleted, IReadOnlyList<NotCleaned> NotCleaned);

public sealed record NotCleaned(string Id, string Reason);

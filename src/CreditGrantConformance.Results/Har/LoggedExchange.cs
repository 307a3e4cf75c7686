using CreditGrantConformance.Client;

namespace CreditGrantConformance.Results.Har;

/// <summary>
/// One HTTP attempt of the run and the check that made it (null for the run's own setup, probe and cleanup).
/// </summary>
public sealed record LoggedExchange(Exchange Exchange, string? CheckId);

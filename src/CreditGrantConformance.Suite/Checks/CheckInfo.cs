namespace CreditGrantConformance.Suite.Checks;

/// <summary>The identity of one check: what it proves and where the rule comes from.</summary>
public sealed record CheckInfo(string Id, string Operation, string Category, Provenance Provenance, string Rule, bool RequiresState);

namespace CreditGrantConformance.ReferenceServer;

/// <summary>A realistic way a Stripe-like server goes wrong, switched on only by the server's configuration.</summary>
public sealed record Fault(string Name, string Operation, string Aspect, string Description);

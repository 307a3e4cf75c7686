using CreditGrantConformance.Client;

namespace CreditGrantConformance.Suite.Assertions;

/// <summary>One composable expectation on a response: null when met, else what is wrong (as the OCI suite's expectations).</summary>
public sealed record Expectation(string Description, Func<StripeResponse, string?> Evaluate);

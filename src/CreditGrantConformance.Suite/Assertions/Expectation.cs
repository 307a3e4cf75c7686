using CreditGrantConformance.Client;
using CreditGrantConformance.Suite.Checks;

namespace CreditGrantConformance.Suite.Assertions;

/// <summary>
/// One composable expectation on a response: null when met, else what is wrong (as the OCI suite's expectations).
/// <see cref="Evidence"/> is set when the expectation rests on weaker evidence than the check that uses it (an error's
/// param naming is observed, even inside a documented check); a check never fails on it as if it were stronger.
/// </summary>
public sealed record Expectation(string Description, Func<StripeResponse, string?> Evaluate)
{
    public Provenance? Evidence { get; init; }

    public Expectation As(Provenance evidence) => this with { Evidence = evidence };
}

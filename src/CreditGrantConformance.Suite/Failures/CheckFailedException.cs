using CreditGrantConformance.Client;
using CreditGrantConformance.Suite.Checks;

namespace CreditGrantConformance.Suite.Failures;

/// <summary>
/// The target broke a rule: thrown below the check layer (expectations, the schema gate, the wire check) and turned
/// into the check's outcome by the check layer alone. <see cref="Evidence"/> is the provenance of what failed, when it
/// is weaker than the check's own (an observed error param inside a documented check); <see cref="Failing"/> are the
/// exchanges whose answers broke it.
/// </summary>
public class CheckFailedException(
    string message,
    Provenance? evidence = null,
    IReadOnlyList<Exchange>? failing = null)
    : Exception(message)
{
    public Provenance? Evidence { get; } = evidence;

    public IReadOnlyList<Exchange> Failing { get; } = failing ?? [];
}

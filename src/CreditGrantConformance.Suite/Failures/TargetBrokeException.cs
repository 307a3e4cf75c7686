namespace CreditGrantConformance.Suite.Failures;

/// <summary>
/// The target answered something that is not an API response at all (not JSON, no answer after every retry): the check
/// ends as an error of the environment, not as a conformance failure.
/// </summary>
public sealed class TargetBrokeException(string message) : Exception(message);

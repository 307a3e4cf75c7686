namespace CreditGrantConformance.Suite.Http;

/// <summary>The target answered something that is not an API response at all (not JSON, empty): an error outcome, not a conformance failure.</summary>
public sealed class TargetBrokeException(string message) : Exception(message);

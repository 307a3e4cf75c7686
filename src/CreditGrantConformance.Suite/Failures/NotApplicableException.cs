namespace CreditGrantConformance.Suite.Failures;

/// <summary>
/// The check cannot be judged on this target (an SDK call cannot express its request): not applicable, never passed.
/// </summary>
public sealed class NotApplicableException(string reason) : Exception(reason);

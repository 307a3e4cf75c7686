namespace CreditGrantConformance.Suite.Configuration;

/// <summary>Which checks a target can be held to.</summary>
public enum Profile
{
    /// <summary>Everything: the target keeps state (Stripe itself, the reference server, stateful fakes).</summary>
    Stateful,

    /// <summary>
    /// Shapes, validation, headers and auth only: for targets that answer from fixtures (stripe-mock).
    /// </summary>
    Stateless,
}

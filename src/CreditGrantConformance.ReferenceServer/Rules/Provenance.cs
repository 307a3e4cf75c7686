namespace CreditGrantConformance.ReferenceServer.Rules;

/// <summary>Where a behaviour of the server comes from: the same provenances the suite's checks carry.</summary>
public enum Provenance
{
    /// <summary>Stripe's OpenAPI spec: an operation's parameters, types, enums and lengths.</summary>
    Spec,

    /// <summary>Stripe's API reference and guides.</summary>
    Documented,

    /// <summary>Real Stripe answers quoted in public.</summary>
    Observed,

    /// <summary>
    /// The server's choice where Stripe is silent (ASSUMPTIONS.md); the lenient variant relaxes these.
    /// </summary>
    Assumed,
}

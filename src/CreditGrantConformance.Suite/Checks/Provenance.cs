namespace CreditGrantConformance.Suite.Checks;

/// <summary>Where the rule a check enforces comes from. Only <see cref="Assumed"/> is non-gating by default.</summary>
public enum Provenance
{
    /// <summary>Stripe's OpenAPI spec: an operation, a parameter or a field of the schema.</summary>
    Spec,

    /// <summary>Stripe's API reference or guides, in prose.</summary>
    Documented,

    /// <summary>Real Stripe responses quoted in public.</summary>
    Observed,

    /// <summary>Our choice where Stripe is silent (the reference server's ASSUMPTIONS.md).</summary>
    Assumed,
}

public static class ProvenanceExtensions
{
    /// <summary>
    /// How much a rule of this provenance weighs: the spec and the docs are Stripe's word, observations less,
    /// assumptions least.
    /// </summary>
    public static int Strength(this Provenance provenance) => provenance switch
    {
        Provenance.Spec or Provenance.Documented => 3,
        Provenance.Observed => 2,
        _ => 1,
    };

    /// <summary>The weaker of two provenances: what a rule resting on both can claim.</summary>
    public static Provenance Weaker(this Provenance a, Provenance b) => b.Strength() < a.Strength() ? b : a;

    public static string Name(this Provenance provenance) => provenance.ToString().ToLowerInvariant();
}

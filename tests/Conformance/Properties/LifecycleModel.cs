using System.Collections.Immutable;
using CreditGrantConformance.Suite.Properties;

namespace CreditGrantConformance.Checks.Properties;

/// <summary>What the target must hold after a sequence of calls: the grants in creation order, kept by index.</summary>
public sealed record LifecycleModel(ImmutableList<ModelGrant> Grants)
{
    public static LifecycleModel Empty { get; } = new(ImmutableList<ModelGrant>.Empty);
}

/// <summary>One grant as the documented rules leave it: its request, its metadata, its expiry and whether it was expired or voided.</summary>
public sealed record ModelGrant(GrantSpec Spec, ImmutableDictionary<string, string> Metadata, long? ExpiresAt, bool Expired, bool Voided);

using System.Collections.Immutable;
using CreditGrantConformance.Suite.Properties;

namespace CreditGrantConformance.Checks.Properties;

/// <summary>What the target must hold after a sequence of calls: the grants in creation order, kept by index.</summary>
public sealed record LifecycleModel(ImmutableList<ModelGrant> Grants)
{
    public static LifecycleModel Empty { get; } = new(ImmutableList<ModelGrant>.Empty);

    // FsCheck prints the model after every step of a counterexample: the grants' states, not the record's type names.
    public override string ToString() =>
        Grants.Count == 0 ? "no grants" : string.Join(", ", Grants.Select((g, i) => $"grant {i} {g}"));
}

/// <summary>
/// One grant as the documented rules leave it: its request, its metadata, its expiry and whether it was expired or
/// voided.
/// </summary>
public sealed record ModelGrant(
    GrantSpec Spec,
    ImmutableDictionary<string, string> Metadata,
    long? ExpiresAt,
    bool Expired,
    bool Voided)
{
    public override string ToString() =>
        (Voided ? "voided" : "") + (Voided && Expired ? " and " : "") + (Expired ? "expired" : "")
        + (Voided || Expired ? "" : "active")
        + $" ({Metadata.Count} metadata keys{(ExpiresAt is { } at ? $", expires_at {at}" : "")})";
}

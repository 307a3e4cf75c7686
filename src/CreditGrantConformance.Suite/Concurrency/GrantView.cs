using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json.Nodes;
using CreditGrantConformance.Suite.Assertions;

namespace CreditGrantConformance.Suite.Concurrency;

/// <summary>
/// What racing update, expire and void change of a grant, and nothing else: its expiry, its void and its metadata.
/// </summary>
public sealed record GrantView(long? ExpiresAt, long? VoidedAt, ImmutableSortedDictionary<string, string> Metadata)
{
    public static GrantView Of(JsonNode? grant) => new(
        Expect.Long(grant?["expires_at"]),
        Expect.Long(grant?["voided_at"]),
        (grant?["metadata"] as JsonObject ?? [])
            .ToImmutableSortedDictionary(p => p.Key, p => p.Value?.ToString() ?? "", StringComparer.Ordinal));

    public bool Equals(GrantView? other) =>
        other is not null
        && ExpiresAt == other.ExpiresAt
        && VoidedAt == other.VoidedAt
        && Metadata.SequenceEqual(other.Metadata);

    public override int GetHashCode() => HashCode.Combine(ExpiresAt, VoidedAt, Metadata.Count);

    public override string ToString() =>
        $"expires_at {Text(ExpiresAt)}, voided_at {Text(VoidedAt)}, metadata {{"
        + string.Join(", ", Metadata.Select(p => $"{p.Key}: {p.Value}")) + "}";

    private static string Text(long? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "null";
}

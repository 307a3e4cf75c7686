using System.Text.Json;
using System.Text.Json.Nodes;
using CreditGrantConformance.Results.Json;
using CreditGrantConformance.Suite.Configuration;
using CreditGrantConformance.Suite.Failures;

namespace CreditGrantConformance.Suite.Snapshots;

/// <summary>
/// A Verify-style store: <c>&lt;check id&gt;.verified.json</c> in <c>CONFORMANCE_SNAPSHOTS_DIR</c>
/// (fixtures/snapshots). A mismatch writes <c>.received.json</c> beside it and fails with a diff;
/// <c>CONFORMANCE_ACCEPT_SNAPSHOTS=true</c> accepts instead.
/// </summary>
public sealed class SnapshotStore(string directory, bool accept)
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static SnapshotStore For(ConformanceSettings settings) =>
        new(settings.SnapshotsDirectory, settings.AcceptSnapshots);

    public string VerifiedPath(string name) => Path.Combine(directory, name + ".verified.json");

    public string ReceivedPath(string name) => Path.Combine(directory, name + ".received.json");

    /// <summary>The shape of <paramref name="json"/> (<see cref="ShapeSnapshot"/>), verified as below.</summary>
    public void VerifyShapeOf(string name, JsonNode? json, Client.Exchange exchange) =>
        Verify(name, ShapeSnapshot.Of(json), exchange);

    /// <summary>
    /// Compares a shape with its verified snapshot; a difference throws, naming the exchange that answered it.
    /// </summary>
    public void Verify(string name, JsonNode shape, Client.Exchange? exchange = null)
    {
        var received = shape.ToJsonString(Indented) + "\n";
        var verifiedPath = VerifiedPath(name);
        var verified = File.Exists(verifiedPath) ? File.ReadAllText(verifiedPath) : null;
        if (verified is not null && JsonNode.DeepEquals(JsonNode.Parse(verified), shape))
        {
            File.Delete(ReceivedPath(name));
            return;
        }

        Directory.CreateDirectory(directory);
        if (accept)
        {
            File.WriteAllText(verifiedPath, received);
            File.Delete(ReceivedPath(name));
            return;
        }

        File.WriteAllText(ReceivedPath(name), received);
        IReadOnlyList<string> diff = verified is null
            ? ["(no verified snapshot yet)"]
            : ShapeSnapshot.Diff(JsonNode.Parse(verified)!, shape);
        var more = diff.Count > 1 ? $" (and {diff.Count - 1} more)" : "";
        // New properties are a backward-compatible change (Stripe's upgrades page): observed, never judged.
        var onlyNew = verified is not null
            && diff.All(l => l.StartsWith(ShapeSnapshot.Added, StringComparison.Ordinal));
        throw new CheckFailedException(
            (onlyNew ? "New properties, which Stripe may add in any version (" + Checks.Sources.Upgrades + "): " : "")
            + $"The response shape differs from its snapshot {Path.GetFileName(verifiedPath)}: {diff[0]}{more}"
            + $"{Environment.NewLine}  "
            + string.Join(Environment.NewLine + "  ", diff)
            + $"{Environment.NewLine}The received shape is in {ReceivedPath(name)}; if the change is right, "
            + $"rerun with {SettingNames.AcceptSnapshots}=true or rename it to .verified.json.",
            onlyNew ? Checks.Provenance.Assumed : null,
            exchange is null ? null : [exchange]);
    }
}

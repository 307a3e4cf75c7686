using CreditGrantConformance.Compare.Diff;
using CreditGrantConformance.Compare.Runs;

namespace CreditGrantConformance.Compare.Judging;

/// <summary>
/// Noise learned as Twitter's Diffy learns it: the reference run twice (A and A′, same seed), and whatever differs
/// between the two at a check's exchange and field is noise in the comparison with B, on top of the fixed
/// normalisation.
/// </summary>
public sealed class Noise
{
    private readonly HashSet<string> keys;

    private Noise(HashSet<string> keys, IReadOnlyList<string> warnings)
    {
        this.keys = keys;
        Warnings = warnings;
    }

    public static Noise None { get; } = new([], []);

    /// <summary>
    /// Checks of the noise run that could not be paired with A: beyond that point nothing is learned.
    /// </summary>
    public IReadOnlyList<string> Warnings { get; }

    public int Count => keys.Count;

    public bool Contains(Divergence divergence) => keys.Contains(divergence.Key);

    public static Noise Learn(RecordedRun a, RecordedRun again)
    {
        var checks = RunDiff.Compare(a, again);
        var warnings = a.Header.Mismatches(again.Header, "The noise run").ToList();
        warnings.AddRange(checks.Where(c => c.Paired < Math.Max(c.CountA, c.CountB)).Select(c => c.OnlyIn is { } run
            ? $"Noise: check {c.Id} ran only in {(run == "A" ? "A" : "the noise run")}; nothing is learned about it."
            : $"Noise: check {c.Id} made {c.CountA} requests in A and {c.CountB} in the noise run; "
                + $"noise is learned from the first {c.Paired} only."));
        return new Noise(
            checks.SelectMany(c => c.Divergences).Select(d => d.Key).ToHashSet(StringComparer.Ordinal), warnings);
    }
}

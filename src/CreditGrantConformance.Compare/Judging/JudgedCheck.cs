using CreditGrantConformance.Compare.Diff;

namespace CreditGrantConformance.Compare.Judging;

/// <summary>
/// A check's divergences sorted: those that count, those a known-divergence entry accepts, and noise.
/// </summary>
public sealed record JudgedCheck(
    CheckComparison Check,
    IReadOnlyList<Divergence> Divergent,
    IReadOnlyList<KnownMatch> Known,
    IReadOnlyList<Divergence> Noise)
{
    public bool Diverges => Divergent.Count > 0;

    public bool HasNews => Divergent.Count + Known.Count + Noise.Count > 0 || Check.OnlyIn is not null;

    public static JudgedCheck Of(CheckComparison check, Noise noise, KnownDivergences known)
    {
        var divergent = new List<Divergence>();
        var matched = new List<KnownMatch>();
        var noisy = new List<Divergence>();
        foreach (var divergence in check.Divergences)
        {
            if (noise.Contains(divergence))
            {
                noisy.Add(divergence);
            }
            else if (known.Find(divergence) is { } entry)
            {
                matched.Add(new KnownMatch(divergence, entry));
            }
            else
            {
                divergent.Add(divergence);
            }
        }

        return new JudgedCheck(check, divergent, matched, noisy);
    }
}

public sealed record KnownMatch(Divergence Divergence, KnownDivergence Entry);

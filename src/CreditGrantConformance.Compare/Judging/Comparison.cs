using CreditGrantConformance.Compare.Diff;
using CreditGrantConformance.Compare.Runs;

namespace CreditGrantConformance.Compare.Judging;

/// <summary>The whole comparison of run B with run A, as every report renders it.</summary>
public sealed record Comparison(
    RunHeader A,
    RunHeader B,
    RunHeader? NoiseRun,
    IReadOnlyList<string> Warnings,
    IReadOnlyList<JudgedCheck> Checks)
{
    public bool Diverges => Checks.Any(c => c.Diverges);

    public int ChecksDiverging => Checks.Count(c => c.Diverges);

    /// <summary>Distinct fields (array positions as '*') that diverge, counted per check.</summary>
    public int FieldsDiverging => Checks.Sum(c => FieldsOf(c.Divergent));

    public IReadOnlyList<JudgedCheck> NotPaired => Checks.Where(c => c.Check.OnlyIn is not null).ToList();

    public IReadOnlyList<OperationVerdict> ByOperation => Checks
        .GroupBy(c => c.Check.Operation)
        .Select(g => new OperationVerdict(
            g.Key,
            g.Count(c => c.Check.OnlyIn is null),
            g.Count(c => c.Diverges),
            g.Sum(c => FieldsOf(c.Divergent)),
            g.Sum(c => c.Known.Count),
            g.Sum(c => c.Noise.Count)))
        .OrderBy(v => v.Operation, StringComparer.Ordinal)
        .ToList();

    public string Headline => Diverges
        ? $"{ChecksDiverging} checks and {FieldsDiverging} fields diverge"
        : $"nothing diverges ({Checks.Count(c => c.Check.OnlyIn is null)} checks compared)";

    /// <summary>
    /// Fields of the answers (status and content type included); a check's outcome and requests are not fields.
    /// </summary>
    public static int FieldsOf(IEnumerable<Divergence> divergences) => divergences
        .Where(d => d.Kind is not (DivergenceKind.Outcome or DivergenceKind.Requests))
        .Select(d => d.Field)
        .Distinct(StringComparer.Ordinal)
        .Count();
}

/// <summary>One line of the verdict: an operation's checks compared and what diverges among them.</summary>
public sealed record OperationVerdict(
    string Operation,
    int Checks,
    int ChecksDiverging,
    int FieldsDiverging,
    int Known,
    int Noise);

using CreditGrantConformance.Compare.Diff;
using CreditGrantConformance.Compare.Judging;
using CreditGrantConformance.Compare.Runs;
using CreditGrantConformance.Results.Comparison;

namespace CreditGrantConformance.Compare.Output;

/// <summary>
/// The comparison as JSON (<c>--json path</c>): every divergence, known divergence and noise, per check, written as
/// the results library's <see cref="ComparisonDocument"/>.
/// </summary>
public static class JsonReport
{
    public static string Render(Comparison c) => ComparisonFile.Text(Document(c));

    private static ComparisonDocument Document(Comparison c) => new()
    {
        Verdict = c.Diverges ? "diverges" : "same",
        Headline = c.Headline,
        A = Run(c.A),
        B = Run(c.B),
        NoiseRun = c.NoiseRun is { } noise ? Run(noise) : null,
        Warnings = c.Warnings,
        Totals = new ComparisonTotals
        {
            ChecksCompared = c.Checks.Count(x => x.Check.OnlyIn is null),
            ChecksDiverging = c.ChecksDiverging,
            FieldsDiverging = c.FieldsDiverging,
            Divergences = c.Checks.Sum(x => x.Divergent.Count),
            Known = c.Checks.Sum(x => x.Known.Count),
            Noise = c.Checks.Sum(x => x.Noise.Count),
            NotPaired = c.NotPaired.Count,
        },
        ByOperation = c.ByOperation.Select(v => new OperationComparison
        {
            Operation = v.Operation,
            ChecksCompared = v.Checks,
            ChecksDiverging = v.ChecksDiverging,
            FieldsDiverging = v.FieldsDiverging,
            Known = v.Known,
            Noise = v.Noise,
        }).ToList(),
        Checks = c.Checks.Where(x => x.HasNews).Select(Check).ToList(),
    };

    private static ComparedRun Run(RunHeader run) => new()
    {
        Directory = run.Directory,
        RunId = run.RunId,
        Target = run.Target,
        Profile = run.Profile,
        Seed = run.Seed,
        PropertyCases = run.PropertyCases,
        ApiVersion = run.ApiVersion,
    };

    private static ComparedCheck Check(JudgedCheck judged) => new()
    {
        Id = judged.Check.Id,
        Operation = judged.Check.Operation,
        OutcomeA = judged.Check.OutcomeA,
        OutcomeB = judged.Check.OutcomeB,
        RequestsA = judged.Check.CountA,
        RequestsB = judged.Check.CountB,
        Paired = judged.Check.Paired,
        OnlyIn = judged.Check.OnlyIn,
        Divergences = judged.Divergent.Select(d => Item(d)).ToList(),
        Known = judged.Known.Select(k => Item(k.Divergence, k.Entry.Reason)).ToList(),
        Noise = judged.Noise.Select(d => Item(d)).ToList(),
    };

    private static DivergenceItem Item(Divergence d, string? reason = null) => new()
    {
        Exchange = d.Exchange,
        Request = d.Request,
        Path = d.Path,
        Field = d.Field,
        Kind = d.Kind.Name(),
        A = d.A,
        B = d.B,
        Reason = reason,
    };
}

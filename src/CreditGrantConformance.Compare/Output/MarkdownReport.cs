using System.Globalization;
using System.Text;
using CreditGrantConformance.Compare.Judging;
using CreditGrantConformance.Compare.Runs;

namespace CreditGrantConformance.Compare.Output;

/// <summary>
/// The comparison as Markdown, readable in a CI log or a pull request: header, verdict per operation, then the
/// details.
/// </summary>
public static class MarkdownReport
{
    private const int RowsPerCheck = 15;
    private const int CellWidth = 100;
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Render(Comparison c)
    {
        var text = new StringBuilder();
        text.Append("# Run comparison: ").AppendLine(c.Headline).AppendLine();
        Run(text, "A", c.A);
        Run(text, "B", c.B);
        if (c.NoiseRun is { } noise)
        {
            Run(text, "noise (A′)", noise);
        }

        text.AppendLine();
        foreach (var warning in c.Warnings)
        {
            text.Append("> **Warning:** ").AppendLine(Cell(warning)).AppendLine();
        }

        Verdict(text, c);
        Section(text, "Divergences", c.Checks.Where(x => x.Diverges),
            x => DivergenceRow.Fold(x.Divergent, x.Check.CountA));
        Section(text, "Known divergences", c.Checks.Where(x => x.Known.Count > 0),
            x => DivergenceRow.Fold(
                x.Known.Select(k => k.Divergence),
                x.Check.CountA,
                d => x.Known.First(k => k.Divergence == d).Entry.Reason));
        Section(text, "Noise (differs between A and A′, left out of the verdict)",
            c.Checks.Where(x => x.Noise.Count > 0),
            x => DivergenceRow.Fold(x.Noise, x.Check.CountA));
        if (c.NotPaired.Count > 0)
        {
            text.AppendLine("## Not paired").AppendLine();
            foreach (var check in c.NotPaired)
            {
                text.Append("- `").Append(check.Check.Id)
                    .Append("` ran only in ").Append(check.Check.OnlyIn).AppendLine(".");
            }

            text.AppendLine();
        }

        return text.ToString();
    }

    private static void Run(StringBuilder text, string name, RunHeader run) =>
        text.Append("- **").Append(name).Append("**: ").Append(run.Describe())
            .Append(", results in `").Append(run.Directory).AppendLine("`");

    private static void Verdict(StringBuilder text, Comparison c)
    {
        text.AppendLine("## Verdict").AppendLine();
        text.AppendLine("| operation | checks compared | checks diverging | fields diverging | known | noise |");
        text.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: |");
        foreach (var v in c.ByOperation)
        {
            text.AppendLine(Invariant,
                $"| {v.Operation} | {v.Checks} | {v.ChecksDiverging} | {v.FieldsDiverging} | {v.Known} | {v.Noise} |");
        }

        var all = c.ByOperation;
        text.Append(Invariant, $"| **all** | {all.Sum(v => v.Checks)} | {c.ChecksDiverging} | {c.FieldsDiverging} | ")
            .AppendLine(Invariant, $"{all.Sum(v => v.Known)} | {all.Sum(v => v.Noise)} |");
        text.AppendLine();
    }

    private static void Section(
        StringBuilder text,
        string title,
        IEnumerable<JudgedCheck> checks,
        Func<JudgedCheck, IReadOnlyList<DivergenceRow>> rows)
    {
        var list = checks.ToList();
        if (list.Count == 0)
        {
            return;
        }

        text.Append("## ").AppendLine(title).AppendLine();
        foreach (var check in list)
        {
            var outcome = check.Check.OutcomeA == check.Check.OutcomeB
                ? check.Check.OutcomeA
                : $"{check.Check.OutcomeA} → {check.Check.OutcomeB}";
            text.Append("### `").Append(check.Check.Id).Append("` (").Append(check.Check.Operation).Append("): ")
                .AppendLine(outcome).AppendLine();
            var all = rows(check);
            var withReason = all.Any(r => r.Reason is not null);
            text.AppendLine(withReason
                ? "| field | kind | A | B | where | reason |"
                : "| field | kind | A | B | where |");
            text.AppendLine(withReason
                ? "| --- | --- | --- | --- | --- | --- |"
                : "| --- | --- | --- | --- | --- |");
            foreach (var row in all.Take(RowsPerCheck))
            {
                var (a, b) = CellText.Around(row.A, row.B, CellWidth);
                text.Append(Invariant,
                    $"| `{Cell(row.Field)}` | {row.Kind} | {Escape(a)} | {Escape(b)} | {Cell(row.Where)} |");
                text.AppendLine(withReason ? $" {Cell(row.Reason ?? "")} |" : "");
            }

            if (all.Count > RowsPerCheck)
            {
                text.AppendLine(Invariant,
                    $"| … | {all.Count - RowsPerCheck} more fields (the JSON report has them all) | | | |"
                    + $"{(withReason ? " |" : "")}");
            }

            text.AppendLine();
        }
    }

    private static string Cell(string value) => Escape(CellText.Fit(value, CellWidth));

    private static string Escape(string value) => value
        .Replace("|", "\\|", StringComparison.Ordinal)
        .Replace("\n", " ", StringComparison.Ordinal)
        .Replace("`", "'", StringComparison.Ordinal);
}

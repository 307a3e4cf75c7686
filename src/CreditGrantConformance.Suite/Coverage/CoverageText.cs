namespace CreditGrantConformance.Suite.Coverage;

/// <summary>
/// The ledger in a few lines, as the text summary (before its verdict) and Allure's environment say it: each figure,
/// then what was never exercised of the held kinds, by name.
/// </summary>
public static class CoverageText
{
    private const int NamesShown = 12;

    public static string Headline(CoverageLedger ledger) => ledger.Started
        ? string.Join(", ", ledger.Figures.Select(f => f.ToString()))
        : "not started, nothing exercised";

    public static string Render(CoverageLedger ledger, string path)
    {
        var lines = new List<string> { $"Coverage ledger written to {path}: {Headline(ledger)}" };
        foreach (var kind in ledger.Started ? CoverageKinds.Held : [])
        {
            if (NeverExercised(ledger, kind) is { } names)
            {
                lines.Add($"  never exercised, {kind.Label()}: {names}");
            }
        }

        return string.Join(Environment.NewLine, lines);
    }

    /// <summary>The names never exercised of a kind: the first few and how many more; null for none.</summary>
    public static string? NeverExercised(CoverageLedger ledger, CoverageKind kind)
    {
        var names = ledger.NeverExercised(kind);
        return names.Count == 0
            ? null
            : string.Join(", ", names.Take(NamesShown))
                + (names.Count > NamesShown ? $" and {names.Count - NamesShown} more" : "");
    }
}

using CreditGrantConformance.Compare;
using CreditGrantConformance.Results.Comparison;

namespace CreditGrantConformance.SelfTests.Compare;

/// <summary>
/// The comparison command run in-process, as a user runs it: exit code, Markdown, errors and the JSON report read
/// back, typed through <see cref="ComparisonFile"/> (<see cref="Report"/>) and as written (<see cref="JsonText"/>, for
/// the field names only).
/// </summary>
internal sealed record ComparisonResult(
    int ExitCode,
    string Markdown,
    string Error,
    string? JsonText,
    ComparisonDocument? Report)
{
    public static ComparisonResult Run(params string[] args)
    {
        var json = Path.Combine(Path.GetTempPath(), $"comparison-{Guid.NewGuid():N}.json");
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = CompareCommand.Run([.. args, "--json", json], output, error, new DateOnly(2026, 12, 1));
        var text = File.Exists(json) ? File.ReadAllText(json) : null;
        File.Delete(json);
        var report = text is null ? null : ComparisonFile.Parse(text);
        return new ComparisonResult(exit, output.ToString(), error.ToString(), text, report);
    }

    public IReadOnlyList<ComparedCheck> Checks => Report?.Checks ?? [];

    /// <summary>"field kind" of every divergence of the answers (not a check's outcome or requests).</summary>
    public IReadOnlySet<string> DivergentFields => Fields(c => c.Divergences);

    public IReadOnlySet<string> NoiseFields => Fields(c => c.Noise);

    /// <summary>Checks whose answers diverge in a field.</summary>
    public IReadOnlySet<string> ChecksDivergingInAnswers => Checks
        .Where(c => c.Divergences.Any(d => d.IsField))
        .Select(c => c.Id)
        .ToHashSet();

    /// <summary>Checks that diverge only in their outcome or requests.</summary>
    public IReadOnlySet<string> ChecksDivergingOnlyInOutcome => Checks
        .Where(c => c.Divergences.Count > 0 && c.Divergences.All(d => !d.IsField))
        .Select(c => c.Id)
        .ToHashSet();

    public string Describe() =>
        $"exit {ExitCode}; {Error}{Environment.NewLine}"
        + $"{(Markdown.Length <= 6000 ? Markdown : Markdown[..6000] + " …")}";

    private HashSet<string> Fields(Func<ComparedCheck, IReadOnlyList<DivergenceItem>> list) => Checks
        .SelectMany(list)
        .Where(d => d.IsField)
        .Select(d => $"{d.Field} {d.Kind}")
        .ToHashSet();
}

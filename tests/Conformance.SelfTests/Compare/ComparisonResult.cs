using System.Text.Json.Nodes;
using CreditGrantConformance.Compare;

namespace CreditGrantConformance.SelfTests.Compare;

/// <summary>
/// The comparison command run in-process, as a user runs it: exit code, Markdown, errors and the JSON report read
/// back.
/// </summary>
internal sealed record ComparisonResult(int ExitCode, string Markdown, string Error, JsonObject? Json)
{
    private static readonly string[] CheckLevel = ["outcome", "requests"];

    public static ComparisonResult Run(params string[] args)
    {
        var json = Path.Combine(Path.GetTempPath(), $"comparison-{Guid.NewGuid():N}.json");
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = CompareCommand.Run([.. args, "--json", json], output, error, new DateOnly(2026, 12, 1));
        var report = File.Exists(json) ? JsonNode.Parse(File.ReadAllText(json)) as JsonObject : null;
        File.Delete(json);
        return new ComparisonResult(exit, output.ToString(), error.ToString(), report);
    }

    public IReadOnlyList<JsonObject> Checks => (Json?["checks"] as JsonArray ?? []).OfType<JsonObject>().ToList();

    /// <summary>"field kind" of every divergence of the answers (not a check's outcome or requests).</summary>
    public IReadOnlySet<string> DivergentFields => Fields("divergences");

    public IReadOnlySet<string> NoiseFields => Fields("noise");

    /// <summary>Checks whose answers diverge in a field.</summary>
    public IReadOnlySet<string> ChecksDivergingInAnswers => Checks
        .Where(c => Items(c, "divergences").Any(d => !CheckLevel.Contains(d["kind"]!.ToString())))
        .Select(c => c["id"]!.ToString())
        .ToHashSet();

    /// <summary>Checks that diverge only in their outcome or requests.</summary>
    public IReadOnlySet<string> ChecksDivergingOnlyInOutcome => Checks
        .Where(c => Items(c, "divergences").Count > 0
            && Items(c, "divergences").All(d => CheckLevel.Contains(d["kind"]!.ToString())))
        .Select(c => c["id"]!.ToString())
        .ToHashSet();

    public string Describe() =>
        $"exit {ExitCode}; {Error}{Environment.NewLine}"
        + $"{(Markdown.Length <= 6000 ? Markdown : Markdown[..6000] + " …")}";

    private HashSet<string> Fields(string list) => Checks
        .SelectMany(c => Items(c, list))
        .Where(d => !CheckLevel.Contains(d["kind"]!.ToString()))
        .Select(d => $"{d["field"]} {d["kind"]}")
        .ToHashSet();

    private static List<JsonObject> Items(JsonObject check, string list) =>
        (check[list] as JsonArray ?? []).OfType<JsonObject>().ToList();
}

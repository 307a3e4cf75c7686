using System.Text.Json.Nodes;
using CreditGrantConformance.Client;
using CreditGrantConformance.Results;
using CreditGrantConformance.Results.Json;

namespace CreditGrantConformance.Suite.Coverage;

/// <summary>
/// Writes <c>conformance-coverage.json</c> beside the other result files, for every run (one that did not start
/// writes an empty ledger that says so), and the ledger's entries of Allure's <c>environment.properties</c>.
/// </summary>
public static class CoverageFile
{
    public const string FileName = ResultFiles.CoverageFileName;

    /// <summary>
    /// Computes the ledger from the run's archive (the text <c>conformance.har</c> holds, before redaction), writes it
    /// and returns it with the lines the text summary says it in.
    /// </summary>
    public static (CoverageLedger Ledger, string Text) Write(
        string directory,
        string har,
        string runId,
        Redactor redactor)
    {
        var ledger = CoverageLedger.Of(HarExchange.Read(JsonNode.Parse(har)!));
        var path = Save(directory, CoverageJson.Of(ledger, runId), redactor);
        return (ledger, redactor.Redact(CoverageText.Render(ledger, path)));
    }

    public static void WriteNotStarted(string directory, Redactor redactor) =>
        Save(directory, CoverageJson.Of(CoverageLedger.NotStarted, null), redactor);

    /// <summary>Adds the ledger's figures and what it never exercised to Allure's environment of the run.</summary>
    public static void AppendToAllure(string allureDirectory, CoverageLedger ledger, Redactor redactor)
    {
        var lines = new List<string> { "coverage=" + CoverageText.Headline(ledger) };
        foreach (var kind in ledger.Started ? CoverageKinds.Held : [])
        {
            var names = CoverageText.NeverExercised(ledger, kind) ?? "none";
            lines.Add($"coverage.never_exercised.{kind.Name()}={names}");
        }

        File.AppendAllText(
            Path.Combine(allureDirectory, "environment.properties"),
            redactor.Redact(string.Concat(lines.Select(l => l + "\n"))));
    }

    private static string Save(string directory, JsonObject json, Redactor redactor)
    {
        var path = Path.Combine(directory, FileName);
        File.WriteAllText(path, redactor.Redact(json.ToJsonString(ReadableJson.Indented)) + "\n");
        return path;
    }
}

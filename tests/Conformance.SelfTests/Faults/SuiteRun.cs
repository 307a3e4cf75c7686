using System.Text.Json.Nodes;

namespace CreditGrantConformance.SelfTests.Faults;

/// <summary>
/// What one run of the suite produced: its exit code, console and summary. For an in-process run the exit code is the
/// one dotnet test would give (1 when a test failed) and the console is what the suite printed and each failed test.
/// </summary>
internal sealed record SuiteRun(int ExitCode, string Console, JsonObject? Summary)
{
    public IReadOnlyList<JsonObject> Checks =>
        Summary?["checks"] is JsonArray checks ? checks.OfType<JsonObject>().ToList() : [];

    /// <summary>The checks whose outcome is <paramref name="outcome"/> (its summary name, e.g. observation).</summary>
    public IReadOnlyList<JsonObject> ChecksWith(string outcome) =>
        Checks.Where(c => c["outcome"]?.ToString() == outcome).ToList();

    /// <summary>The ids of the checks whose outcome is <paramref name="outcome"/>.</summary>
    public IReadOnlyList<string> IdsWith(string outcome) =>
        ChecksWith(outcome).Select(c => c["id"]!.ToString()).ToList();

    /// <summary>Checks that failed (or broke) against the target: what a fault must produce to be caught.</summary>
    public IReadOnlyList<string> FailedChecks => Checks
        .Where(c => c["outcome"]?.ToString() is "failed" or "error")
        .Select(c => c["id"]!.ToString())
        .ToList();

    public string Describe() => Summary is null
        ? $"The suite wrote no summary (exit code {ExitCode}). Console:{Environment.NewLine}{Tail(Console)}"
        : $"verdict {Summary["verdict"]}, totals {Summary["totals"]?.ToJsonString()}{FailureLines()}";

    private string FailureLines() => string.Concat(Checks
        .Where(c => c["outcome"]?.ToString() is "failed" or "error" or "unexpected_pass")
        .Select(c => $"{Environment.NewLine}  {c["id"]} ({c["outcome"]}): {Shorten(c["reason"]?.ToString() ?? "")}"));

    private static string Shorten(string message) => message.Length <= 600 ? message : message[..600] + " …";

    private static string Tail(string text) => text.Length <= 4000 ? text : text[^4000..];
}

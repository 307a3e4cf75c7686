using CreditGrantConformance.Results.Summary;

namespace CreditGrantConformance.SelfTests.Faults;

/// <summary>
/// What one run of the suite produced: its exit code, console and summary, read as the product reads it
/// (<see cref="SummaryFile"/>). For an in-process run the exit code is the one dotnet test would give (1 when a test
/// failed) and the console is what the suite printed and each failed test.
/// </summary>
internal sealed record SuiteRun(int ExitCode, string Console, SummaryDocument? Summary)
{
    public IReadOnlyList<CheckSummary> Checks => Summary?.Checks ?? [];

    /// <summary><c>pass</c>, <c>fail</c> or <c>not_started</c>; null when the suite wrote no summary.</summary>
    public string? Verdict => Summary?.Verdict;

    /// <summary>The check <paramref name="id"/>, which the run must hold once.</summary>
    public CheckSummary Check(string id) => Checks.Single(c => c.Id == id);

    /// <summary>The checks whose outcome is <paramref name="outcome"/> (its summary name, e.g. observation).</summary>
    public IReadOnlyList<CheckSummary> ChecksWith(string outcome) => Checks.Where(c => c.Outcome == outcome).ToList();

    /// <summary>The ids of the checks whose outcome is <paramref name="outcome"/>.</summary>
    public IReadOnlyList<string> IdsWith(string outcome) => ChecksWith(outcome).Select(c => c.Id).ToList();

    /// <summary>Checks that failed (or broke) against the target: what a fault must produce to be caught.</summary>
    public IReadOnlyList<string> FailedChecks =>
        Checks.Where(c => c.Outcome is "failed" or "error").Select(c => c.Id).ToList();

    /// <summary>
    /// The summary's count of <paramref name="outcome"/>; -1 when it has none (no summary, a run not started).
    /// </summary>
    public int Total(string outcome) => Summary?.Totals?.GetValueOrDefault(outcome, -1) ?? -1;

    /// <summary>Each check's outcome by its id.</summary>
    public Dictionary<string, string> Outcomes() => Checks.ToDictionary(c => c.Id, c => c.Outcome);

    public string Describe() => Summary is null
        ? $"The suite wrote no summary (exit code {ExitCode}). Console:{Environment.NewLine}{Tail(Console)}"
        : $"verdict {Summary.Verdict}, totals {Totals(Summary)}{FailureLines()}";

    private static string Totals(SummaryDocument summary) => summary.Totals is null
        ? "none"
        : string.Join(", ", summary.Totals.Select(t => $"{t.Key} {t.Value}"));

    private string FailureLines() => string.Concat(Checks
        .Where(c => c.FailsRun)
        .Select(c => $"{Environment.NewLine}  {c.Id} ({c.Outcome}): {Shorten(c.Reason ?? "")}"));

    private static string Shorten(string message) => message.Length <= 600 ? message : message[..600] + " …";

    private static string Tail(string text) => text.Length <= 4000 ? text : text[^4000..];
}

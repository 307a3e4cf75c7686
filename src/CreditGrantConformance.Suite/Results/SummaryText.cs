using System.Globalization;
using System.Text;
using CreditGrantConformance.Results.Har;
using CreditGrantConformance.Results.Text;
using CreditGrantConformance.Suite.Checks;
using CreditGrantConformance.Suite.Configuration;

namespace CreditGrantConformance.Suite.Results;

/// <summary>
/// The run as the console prints it and <c>conformance-summary.txt</c> keeps it: operation × outcome, the request
/// budget, then every check that needs a reader's attention with its reason once, the command that reruns it and the
/// curl line of its failing exchange, and the verdict last.
/// </summary>
public static class SummaryText
{
    private const int FirstColumn = 12;

    /// <param name="s">The run.</param>
    /// <param name="written">A line on a file written on request (the known-gap file), said before the verdict.</param>
    public static string Render(RunSummary s, string? written = null)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Credit grant conformance: {s.TargetName} ({s.Target})");
        text.Append(
                CultureInfo.InvariantCulture,
                $"  profile {s.Profile}, strictness {s.Strictness}, seed {s.Seed}, "
                + $"{s.PropertyCases} cases per property")
            .Append(CultureInfo.InvariantCulture, $", API version sent {s.ApiVersion ?? "(account default)"}")
            .AppendLine(s.Driver is null ? "" : "; " + s.Driver.Headline);
        Table(s, text);
        Budget(s, text);
        if (s.UnusedKnownGaps.Count > 0)
        {
            text.Append(
                    CultureInfo.InvariantCulture,
                    $"Warning: {Plural.Of(s.UnusedKnownGaps.Count, "known-gap entry")} matched no check of this run")
                .AppendLine(
                    CultureInfo.InvariantCulture,
                    $" (stale, mistyped or filtered out): {string.Join(", ", s.UnusedKnownGaps)}");
        }

        foreach (var outcome in new[] { Outcome.Failed, Outcome.Error, Outcome.UnexpectedPass })
        {
            Detailed(s, outcome, text);
        }

        foreach (var outcome in new[] { Outcome.ExpectedFailure, Outcome.Observation })
        {
            Listed(s, outcome, text);
        }

        Notes(s, text);
        if (written is not null)
        {
            text.AppendLine(written).AppendLine();
        }

        text.Append("Verdict: ").Append(s.Headline);
        return text.ToString();
    }

    private static void Table(RunSummary s, StringBuilder text)
    {
        var outcomes = Enum.GetValues<Outcome>();
        text.Append("operation".PadRight(FirstColumn));
        foreach (var outcome in outcomes)
        {
            text.Append(outcome.Name().PadRight(outcome.Name().Length + 2));
        }

        text.AppendLine();
        var rows = s.Checks
            .GroupBy(c => c.Check.Operation, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, g.ToList())).Append(("total", s.Checks.ToList()));
        foreach (var (name, checks) in rows)
        {
            text.Append(name.PadRight(FirstColumn));
            foreach (var outcome in outcomes)
            {
                text.Append(checks.Count(c => c.Outcome == outcome)
                    .ToString(CultureInfo.InvariantCulture)
                    .PadRight(outcome.Name().Length + 2));
            }

            text.AppendLine();
        }
    }

    private static void Budget(RunSummary s, StringBuilder text)
    {
        var r = s.Requests;
        text.AppendLine(
            CultureInfo.InvariantCulture,
            $"Requests: {r.Total} ({r.Retries} retries, peak {r.PeakPerSecond}/s, limit {r.MaxPerSecond}/s).");
        var b = s.LiveBudget;
        text.AppendLine(CultureInfo.InvariantCulture,
            $"Live budget: against a Stripe test-mode account this run would send {b.Requests} requests "
            + $"plus {b.CleanupRequests} for cleanup, about {b.Seconds} s at {b.PerSecond}/s.");
        text.AppendLine(s.Cleanup.Skipped
            ? "Cleanup: skipped, the embedded server is discarded with the run "
                + $"({SettingNames.Cleanup}=always cleans it too)."
            : string.Create(
                CultureInfo.InvariantCulture,
                $"Cleanup: {Plural.Of(s.Cleanup.GrantsVoided, "grant")} voided, "
                + $"{Plural.Of(s.Cleanup.CustomersDeleted, "customer")} deleted, "
                + $"{Plural.Of(s.Cleanup.TestClocksDeleted, "test clock")} deleted with their customers, "
                + $"{s.Cleanup.NotCleaned.Count} not cleaned."));
    }

    private static void Detailed(RunSummary s, Outcome outcome, StringBuilder text)
    {
        var checks = s.Checks.Where(c => c.Outcome == outcome).ToList();
        if (checks.Count == 0)
        {
            return;
        }

        text.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"{Title(outcome)} ({checks.Count}):");
        foreach (var check in checks)
        {
            text.AppendLine(
                CultureInfo.InvariantCulture,
                $"  {check.Check.Id} [{(check.Evidence ?? check.Check.Provenance).Name()}]: {check.Headline}");
            text.AppendLine(CultureInfo.InvariantCulture, $"    rerun: {s.RerunCommand(check.Check.Id)}");
            if (check.Trace.Failing.Count > 0 && check.Trace.Failing[^1] is var exchange)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"    curl:  {CurlLine.For(exchange)}");
            }
        }
    }

    private static void Listed(RunSummary s, Outcome outcome, StringBuilder text)
    {
        var checks = s.Checks.Where(c => c.Outcome == outcome).ToList();
        if (checks.Count > 0)
        {
            text.AppendLine()
                .AppendLine(CultureInfo.InvariantCulture, $"{Title(outcome)} ({checks.Count}, not gating):");
            foreach (var check in checks)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"  {check.Check.Id}: {check.Headline}");
            }
        }
    }

    // Drift and SDK notes: findings on checks that passed, grouped so one field missing from a schema is said once.
    private static void Notes(RunSummary s, StringBuilder text)
    {
        var notes = s.Checks
            .SelectMany(c => c.Observations.Select(o => (Note: o, c.Check.Id)))
            .GroupBy(n => n.Note, StringComparer.Ordinal)
            .ToList();
        if (notes.Count > 0)
        {
            text.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"Observations on checks ({notes.Count}):");
            foreach (var note in notes.Take(20))
            {
                text.AppendLine(
                    CultureInfo.InvariantCulture,
                    $"  {note.Key} (seen by {note.Count()} checks, e.g. {note.First().Id})");
            }

            if (notes.Count > 20)
            {
                text.AppendLine(
                    CultureInfo.InvariantCulture,
                    $"  … and {notes.Count - 20} more in conformance-summary.json");
            }
        }

        text.AppendLine();
    }

    private static string Title(Outcome outcome) => outcome switch
    {
        Outcome.Failed => "Failed",
        Outcome.Error => "Errors (the target or the environment broke)",
        Outcome.UnexpectedPass => "Unexpected passes (known gaps that no longer fail)",
        Outcome.ExpectedFailure => "Expected failures (known gaps)",
        _ => "Observations (assumed rules the target does not follow)",
    };
}

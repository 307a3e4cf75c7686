using System.Globalization;
using System.Text.Json.Nodes;
using CreditGrantConformance.Client;
using CreditGrantConformance.Suite.Results;

namespace CreditGrantConformance.Suite.Gaps;

/// <summary>
/// <c>CONFORMANCE_WRITE_GAPS=path</c>: a known-gap file of the run's failures (exact check ids, the first line of each
/// failure as its reason, without run-specific values: <see cref="GapReason"/>; an expiry), so a mock author starts
/// green and from then on gates regressions only.
/// </summary>
public static class GapFileWriter
{
    /// <summary>Entries expire so the file is reviewed: a quarter after the run.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(91);

    public static int Write(string path, RunSummary summary, Redactor redactor)
    {
        var failing = summary.Checks
            .Where(c => c.Outcome is Checks.Outcome.Failed or Checks.Outcome.Error or Checks.Outcome.ExpectedFailure)
            .ToList();
        var expires = DateOnly.FromDateTime(summary.FinishedAt.UtcDateTime + Lifetime)
            .ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var gaps = new JsonArray(failing.Select(c => (JsonNode?)new JsonObject
        {
            ["check"] = c.Check.Id,
            ["reason"] = Reason(c),
            ["expires"] = expires,
        }).ToArray());
        var file = new JsonObject
        {
            ["$comment"] = $"Written by run {summary.RunId} against {summary.TargetName} "
                + $"on {summary.FinishedAt:yyyy-MM-dd}: one entry per failing check. Review each reason.",
            ["target"] = summary.TargetName,
            ["gaps"] = gaps,
        };
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        File.WriteAllText(path, redactor.Redact(file.ToJsonString(SummaryWriter.Indented)) + "\n");
        return failing.Count;
    }

    // An expected failure already has a reason of its own: keep the entry's words, not the "known gap (…)" wrapper.
    private static string Reason(Checks.CheckResult check) => check.KnownGap ?? GapReason.Normalise(check.Headline);
}

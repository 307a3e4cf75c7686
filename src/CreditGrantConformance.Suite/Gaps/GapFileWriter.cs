using System.Globalization;
using System.Text.Json.Nodes;
using CreditGrantConformance.Client;
using CreditGrantConformance.Results.Json;
using CreditGrantConformance.Results.Summary;
using CreditGrantConformance.Suite.Checks;

namespace CreditGrantConformance.Suite.Gaps;

/// <summary>
/// <c>CONFORMANCE_WRITE_GAPS=path</c>, or the tool's <c>write-gaps</c> on a finished run's summary: a known-gap file of
/// the run's failures (exact check ids, the first line of each failure as its reason, without run-specific values:
/// <see cref="GapReason"/>; an expiry), so a mock author starts green and from then on gates regressions only.
/// </summary>
public static class GapFileWriter
{
    /// <summary>Entries expire so the file is reviewed: a quarter after the run.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(91);

    private static readonly Outcome[] Failing = [Outcome.Failed, Outcome.Error, Outcome.ExpectedFailure];

    /// <summary>One entry of the file: the check and why it is a known gap.</summary>
    public sealed record Entry(string Check, string Reason);

    /// <summary>
    /// The entries of a finished run's <c>conformance-summary.json</c>: the run and the tool write the file from them.
    /// </summary>
    public static IReadOnlyList<Entry> EntriesOf(SummaryDocument summary) =>
        summary.Checks
        .Where(c => Failing.Any(o => o.Name() == c.Outcome))
        .Select(c => new Entry(c.Id, Reason(c.KnownGap, c.Reason?.Split('\n', 2)[0].Trim() ?? "")))
        .ToList();

    public static int Write(string path, Origin origin, IReadOnlyList<Entry> entries, Redactor redactor)
    {
        var expires = DateOnly.FromDateTime(origin.FinishedAt.UtcDateTime + Lifetime)
            .ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var gaps = new JsonArray(entries.Select(e => (JsonNode?)new JsonObject
        {
            ["check"] = e.Check,
            ["reason"] = e.Reason,
            ["expires"] = expires,
        }).ToArray());
        var file = new JsonObject
        {
            ["$comment"] = $"Written by run {origin.RunId} against {origin.Target} "
                + $"on {origin.FinishedAt:yyyy-MM-dd}: one entry per failing check. Review each reason.",
            ["target"] = origin.Target,
            ["gaps"] = gaps,
        };
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        File.WriteAllText(path, redactor.Redact(file.ToJsonString(ReadableJson.Indented)) + "\n");
        return entries.Count;
    }

    // An expected failure already has a reason of its own: keep the entry's words, not the "known gap (…)" wrapper.
    private static string Reason(string? knownGap, string headline) => knownGap ?? GapReason.Normalise(headline);

    /// <summary>The run a file is written from.</summary>
    public sealed record Origin(string RunId, string Target, DateTimeOffset FinishedAt);
}

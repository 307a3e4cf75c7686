using System.Text.Json.Nodes;
using CreditGrantConformance.Client;
using CreditGrantConformance.Operations;
using CreditGrantConformance.Results.Har;
using CreditGrantConformance.Results.Summary;

namespace CreditGrantConformance.SelfTests.Compare;

/// <summary>
/// A small recorded run made by hand, written as the suite writes one (summary and archive, through
/// <see cref="HarWriter"/>), for the comparison's rules: each exchange with its own ids, times and port unless given.
/// </summary>
internal sealed class RecordedRunBuilder
{
    private static readonly DateTimeOffset Start = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);
    private readonly List<LoggedExchange> exchanges = [];
    private readonly List<CheckSummary> checks = [];
    private readonly int port = Random.Shared.Next(1024, 65535);

    public int Seed { get; init; } = 20261123;

    public RecordedRunBuilder Check(string id, string outcome = "passed", string? category = null)
    {
        checks.Add(new CheckSummary(
            id, id, id.Split('.')[0], category ?? "", "spec", "", "", outcome, outcome, null, null, null, [], [], 0,
            ""));
        return this;
    }

    /// <summary>
    /// One attempt of <paramref name="checkId"/>: a GET sends <paramref name="form"/> as its query, a POST as its
    /// body.
    /// </summary>
    public RecordedRunBuilder Exchange(
        string checkId,
        string method,
        string path,
        string form,
        int status,
        JsonNode body,
        int attempt = 1)
    {
        var post = method == "POST";
        var query = !post && form.Length > 0 ? "?" + form : "";
        exchanges.Add(new LoggedExchange(
            new Exchange
            {
                Operation = ApiOperation.Match(new HttpMethod(method), path)?.Operation,
                Method = method,
                Url = $"http://127.0.0.1:{port}{path}{query}",
                Path = path,
                Query = query,
                RequestHeaders = post ? [KeyValuePair.Create("Content-Type", "application/x-www-form-urlencoded")] : [],
                RequestBody = post ? form : null,
                StatusCode = status,
                ResponseHeaders =
                [
                    KeyValuePair.Create("Content-Type", "application/json"),
                    KeyValuePair.Create("Request-Id", NewId("req_")),
                ],
                ResponseBody = body.ToJsonString(),
                StartedAt = Start,
                Duration = TimeSpan.FromMilliseconds(2),
                Attempt = attempt,
            },
            checkId));
        return this;
    }

    /// <summary>Writes the run into a new directory and returns it.</summary>
    public string Write()
    {
        var directory = Path.Combine(Path.GetTempPath(), "compare-rules", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        var summary = new SummaryDocument
        {
            RunId = "run_20261123120000_" + Guid.NewGuid().ToString("N")[..6],
            StartedAt = Start,
            FinishedAt = Start.AddMinutes(1),
            Verdict = checks.Any(c => c.FailsRun) ? "fail" : "pass",
            Target = new SummaryTarget("hand-made", $"http://127.0.0.1:{port}/"),
            Profile = "stateful",
            Seed = Seed,
            PropertyCases = 30,
            Checks = [.. checks],
        };
        File.WriteAllText(SummaryFile.PathIn(directory), SummaryFile.Text(summary));
        File.WriteAllText(Path.Combine(directory, HarFields.FileName), HarWriter.Render("hand-made", exchanges));
        return directory;
    }

    /// <summary>An id of the target's making: a prefix and a random tail, as Stripe's are.</summary>
    public static string NewId(string prefix) => prefix + Guid.NewGuid().ToString("N")[..14].ToUpperInvariant();

    /// <summary>A unix time inside the run's window, different per call.</summary>
    public static long Now() => Start.ToUnixTimeSeconds() + Random.Shared.Next(0, 60);
}

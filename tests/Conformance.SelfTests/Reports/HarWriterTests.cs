using System.Text.Json.Nodes;
using CreditGrantConformance.Client;
using CreditGrantConformance.Operations;
using CreditGrantConformance.Results.Har;
using CreditGrantConformance.Suite.Configuration;
using CreditGrantConformance.Suite.Results;

namespace CreditGrantConformance.SelfTests.Reports;

/// <summary>
/// The archive ResultFiles writes: one entry per attempt in order, the check on each, the key nowhere; none when
/// recording is off.
/// </summary>
public sealed class HarWriterTests
{
    private const string Key = "sk_test_harwriter0123456789";
    private static readonly int[] AttemptsInOrder = [1, 2, 1];
    private static readonly string?[] ChecksInOrder = ["create.echoes_name", "create.echoes_name", null];

    [Test]
    public void Every_attempt_is_an_entry_in_order_with_its_check_and_no_key()
    {
        var directory = Results();
        LoggedExchange[] exchanges =
        [
            new(Attempt(1, 500, $"{{\"error\":{{\"message\":\"{Key} is odd\"}}}}"), "create.echoes_name"),
            new(Attempt(2, 200, "{\"id\":\"credgr_test_1\"}"), "create.echoes_name"),
            new(Attempt(1, null, null) with { Method = "GET", RequestBody = null }, null),
        ];

        ResultsWriter.Write(Summaries.Of([]), Settings(directory, record: true), exchanges);

        var text = File.ReadAllText(Path.Combine(directory, HarFields.FileName));
        var log = JsonNode.Parse(text)!["log"]!;
        var entries = log["entries"]!.AsArray();
        Assert.Multiple(() =>
        {
            Assert.That(log["version"]!.ToString(), Is.EqualTo("1.2"));
            Assert.That(log["creator"]!["name"]!.ToString(), Is.EqualTo("credit-grant-conformance"));
            Assert.That(entries.Select(e => e![HarFields.Attempt]!.GetValue<int>()), Is.EqualTo(AttemptsInOrder));
            Assert.That(entries.Select(e => e![HarFields.CheckId]?.ToString()), Is.EqualTo(ChecksInOrder));
            Assert.That(
                entries[1]!["request"]!["postData"]!["params"]![0]!["name"]!.ToString(),
                Is.EqualTo("amount[monetary][value]"));
            Assert.That(entries[1]!["response"]!["content"]!["mimeType"]!.ToString(), Is.EqualTo("application/json"));
            Assert.That(
                entries[2]!["response"]!["status"]!.GetValue<int>(),
                Is.Zero,
                "an attempt without an answer has status 0");
            Assert.That(entries[2]![HarFields.TransportError]!.ToString(), Does.Contain("refused"));
            Assert.That(text, Does.Not.Contain(Key["sk_test_".Length..]));
        });
    }

    [Test]
    public void With_recording_off_no_archive_is_written_and_a_stale_one_is_removed()
    {
        var directory = Results();
        File.WriteAllText(Path.Combine(directory, HarFields.FileName), "{}");

        var written = ResultsWriter.Write(
            Summaries.Of([]),
            Settings(directory, record: false),
            [new(Attempt(1, 200, "{}"), "create.echoes_name")]);

        Assert.Multiple(() =>
        {
            Assert.That(File.Exists(Path.Combine(directory, HarFields.FileName)), Is.False);
            Assert.That(written.Locations, Has.None.Contains("HTTP archive"));
        });
    }

    private static Exchange Attempt(int attempt, int? status, string? body) => new()
    {
        Operation = ApiOperation.Create,
        Method = "POST",
        Url = "http://127.0.0.1:1/v1/billing/credit_grants",
        Path = "/v1/billing/credit_grants",
        Query = "",
        RequestHeaders =
        [
            KeyValuePair.Create("Authorization", "Bearer " + Key),
            KeyValuePair.Create("Content-Type", "application/x-www-form-urlencoded"),
        ],
        RequestBody = "amount[monetary][value]=1000&name=" + Key,
        StatusCode = status,
        ResponseHeaders = status is null ? [] : [KeyValuePair.Create("Content-Type", "application/json")],
        ResponseBody = body,
        StartedAt = DateTimeOffset.UtcNow,
        Duration = TimeSpan.FromMilliseconds(3),
        Attempt = attempt,
        TransportError = status is null ? "ConnectionError: Connection refused" : null,
    };

    private static ConformanceSettings Settings(string directory, bool record) => new()
    {
        ApiKey = Key,
        ResultsDirectory = directory,
        TargetName = "embedded",
        RunId = "run_selftest",
        SnapshotsDirectory = directory,
        Record = record,
    };

    private static string Results()
    {
        var directory = Path.Combine(Path.GetTempPath(), "har-writer-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        return directory;
    }
}

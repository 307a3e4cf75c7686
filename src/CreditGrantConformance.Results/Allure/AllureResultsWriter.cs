using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CreditGrantConformance.Client;
using CreditGrantConformance.Results.Har;
using CreditGrantConformance.Results.Json;

namespace CreditGrantConformance.Results.Allure;

/// <summary>
/// Allure 2 result files, as Allure.NUnit would write them (that package is not served here, so this writer stands in
/// for it): one result per check, named by its id, with the outcome as label and tag, the reason as status message, and
/// a step per HTTP exchange; environment.properties (verdict first) and categories.json. Every file passes through the
/// redactor. It knows Allure's format only: the suite says what each check reads as in Allure's words
/// (<see cref="AllureCheck"/>) and what the environment holds.
/// </summary>
public sealed class AllureResultsWriter(string directory, Redactor redactor)
{
    private static readonly JsonSerializerOptions Indented = ReadableJson.Indented;
    private static readonly UTF8Encoding NoBom = new(encoderShouldEmitUTF8Identifier: false);

    public void Write(IEnumerable<KeyValuePair<string, string>> environment, IEnumerable<AllureCheck> checks)
    {
        Directory.CreateDirectory(directory);
        foreach (var check in checks)
        {
            WriteText(Guid.NewGuid() + "-result.json", Result(check).ToJsonString(Indented));
        }

        WriteText("environment.properties", string.Concat(environment.Select(e => $"{e.Key}={e.Value}\n")));
        WriteText("categories.json", AllureCategories.Build().ToJsonString(Indented));
    }

    /// <summary>
    /// A run that did not start has no result: its verdict alone, so the report says NOT STARTED over no checks.
    /// </summary>
    public void WriteNotStarted(string headline)
    {
        Directory.CreateDirectory(directory);
        WriteText("environment.properties", $"verdict={headline}\n");
        WriteText("categories.json", AllureCategories.Build().ToJsonString(Indented));
    }

    private JsonObject Result(AllureCheck check)
    {
        var info = check.Check;
        var trace = check.Trace;
        var labels = new JsonArray(
            Label("epic", "Billing"), Label("feature", "Credit grants"),
            Label("story", info.Operation), Label("suite", info.Operation),
            Label("parentSuite", "Credit grant conformance"), Label("severity", check.Severity),
            Label("tag", info.Category), Label("tag", info.Provenance),
            Label("checkId", info.Id), Label("outcome", info.Outcome),
            Label("framework", "NUnit"), Label("language", "csharp"));
        if (!check.Passed)
        {
            labels.Add(Label("tag", info.Outcome));
        }

        var attachments = new JsonArray();
        if (info.Reason is { } reason && !check.Passed)
        {
            attachments.Add(Attachment("reason", reason, "text/plain", "txt"));
        }

        // The rerun command is long: as a parameter Allure shows it as a chip cut to its first words, so it goes in the
        // description, where it is shown whole and can be copied.
        var parameters = trace.Parameters;
        return new JsonObject
        {
            ["uuid"] = Guid.NewGuid().ToString(),
            ["historyId"] = Hash(info.Id),
            ["testCaseId"] = Hash(info.Id),
            ["name"] = check.Name,
            ["fullName"] = trace.FullName.Length > 0 ? trace.FullName : info.Id,
            ["description"] = $"{info.Id} [{info.Provenance}]: {info.Rule}\n\nSource: {info.Source}"
                + $"\n\nRerun:\n\n```\n{info.Rerun}\n```",
            ["status"] = check.Status,
            ["statusDetails"] = new JsonObject
            {
                ["message"] = check.Message,
                ["trace"] = trace.StackTrace,
            },
            ["stage"] = "finished",
            ["start"] = trace.Start.ToUnixTimeMilliseconds(),
            ["stop"] = trace.Stop.ToUnixTimeMilliseconds(),
            ["labels"] = labels,
            ["parameters"] = new JsonArray(parameters
                .Select(p => (JsonNode?)new JsonObject { ["name"] = p.Key, ["value"] = p.Value })
                .ToArray()),
            ["links"] = new JsonArray(),
            ["steps"] = new JsonArray(Steps(check).ToArray()),
            ["attachments"] = attachments,
        };
    }

    // Long sequences (property checks send hundreds of requests) keep the failing exchanges and the few before them at
    // the top; the passing rest folds into groups, so the reviewer lands on what broke.
    private IEnumerable<JsonNode?> Steps(AllureCheck check)
    {
        var exchanges = check.Trace.Exchanges;
        var failing = check.Trace.Failing.ToHashSet();
        var failure = check.Headline;
        var shown = AllureSteps.Shown(exchanges, failing);
        var folded = new List<Exchange>();
        foreach (var (exchange, index) in exchanges.Select((e, i) => (e, i)))
        {
            if (shown.Contains(index))
            {
                if (folded.Count > 0)
                {
                    yield return Group(folded);
                    folded = [];
                }

                yield return Step(exchange, failing.Contains(exchange) ? failure : null, full: true);
            }
            else
            {
                folded.Add(exchange);
            }
        }

        if (folded.Count > 0)
        {
            yield return Group(folded);
        }
    }

    private JsonObject Group(List<Exchange> exchanges) => new()
    {
        ["name"] = $"{exchanges.Count} exchanges answered as the check expected",
        ["status"] = "passed",
        ["stage"] = "finished",
        ["start"] = exchanges[0].StartedAt.ToUnixTimeMilliseconds(),
        ["stop"] = (exchanges[^1].StartedAt + exchanges[^1].Duration).ToUnixTimeMilliseconds(),
        ["steps"] = new JsonArray(exchanges.Select(e => (JsonNode?)Step(e, null, full: false)).ToArray()),
        ["attachments"] = new JsonArray(),
    };

    private JsonObject Step(Exchange exchange, string? failure, bool full)
    {
        var answer = exchange.StatusCode is { } status
            ? status.ToString(System.Globalization.CultureInfo.InvariantCulture)
            : "no answer";
        var name = $"{exchange.Method} {exchange.Path}{exchange.Query} → {answer}"
            + (exchange.Attempt > 1 ? $" (attempt {exchange.Attempt})" : "");
        var attachments = full
            ? new JsonArray(
                Attachment("request", RequestText(exchange), "text/plain", "txt"),
                ResponseAttachment(exchange),
                Attachment("curl", CurlLine.For(exchange), "text/plain", "txt"))
            : new JsonArray(
                Attachment("exchange", RequestText(exchange) + "\n\n" + ResponseText(exchange), "text/plain", "txt"));
        var step = new JsonObject
        {
            ["name"] = name,
            ["status"] = exchange.StatusCode is null ? "broken" : failure is null ? "passed" : "failed",
            ["stage"] = "finished",
            ["start"] = exchange.StartedAt.ToUnixTimeMilliseconds(),
            ["stop"] = (exchange.StartedAt + exchange.Duration).ToUnixTimeMilliseconds(),
            ["attachments"] = attachments,
            ["parameters"] = new JsonArray(
                new JsonObject { ["name"] = "Request-Id", ["value"] = exchange.RequestId ?? "none" }),
        };
        if (failure is not null)
        {
            step["statusDetails"] = new JsonObject { ["message"] = failure };
        }

        return step;
    }

    private JsonObject ResponseAttachment(Exchange exchange)
    {
        if (exchange.StatusCode is null)
        {
            return Attachment("response", "No answer: " + exchange.TransportError, "text/plain", "txt");
        }

        try
        {
            var pretty = JsonNode.Parse(exchange.ResponseBody ?? "")?.ToJsonString(Indented) ?? "";
            return Attachment("response " + exchange.StatusCode, pretty, "application/json", "json");
        }
        catch (JsonException)
        {
            return Attachment("response " + exchange.StatusCode, ResponseText(exchange), "text/plain", "txt");
        }
    }

    private static string RequestText(Exchange exchange) =>
        $"{exchange.Method} {exchange.Url}\n{Headers(exchange.RequestHeaders)}\n{exchange.RequestBody}";

    private static string ResponseText(Exchange exchange) => exchange.StatusCode is null
        ? "No answer: " + exchange.TransportError
        : $"HTTP {exchange.StatusCode}\n{Headers(exchange.ResponseHeaders)}\n{exchange.ResponseBody}";

    private static string Headers(IEnumerable<KeyValuePair<string, string>> headers) =>
        string.Concat(headers.Select(h => $"{h.Key}: {h.Value}\n"));

    private JsonObject Attachment(string name, string content, string type, string extension)
    {
        var source = $"{Guid.NewGuid()}-attachment.{extension}";
        WriteText(source, content);
        return new JsonObject { ["name"] = name, ["source"] = source, ["type"] = type };
    }

    private void WriteText(string file, string content) =>
        File.WriteAllText(Path.Combine(directory, file), redactor.Redact(content), NoBom);

    private static JsonObject Label(string name, string value) => new() { ["name"] = name, ["value"] = value };

    // A stable id across runs, not a secret: Allure keys history on it.
    private static string Hash(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..32];
}

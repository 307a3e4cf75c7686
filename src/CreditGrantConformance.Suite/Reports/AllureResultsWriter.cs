using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CreditGrantConformance.Client;
using CreditGrantConformance.Suite.Checks;

namespace CreditGrantConformance.Suite.Reports;

/// <summary>
/// Allure 2 result files, as Allure.NUnit would write them: one result per check with labels, parameters, a step per
/// HTTP exchange (request, response and a curl line attached), environment.properties and categories.json.
/// Every file passes through the redactor.
/// </summary>
public sealed class AllureResultsWriter(string directory, Redactor redactor)
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly UTF8Encoding NoBom = new(encoderShouldEmitUTF8Identifier: false);

    public void Write(IReadOnlyList<CheckResult> checks, IReadOnlyDictionary<string, string> environment)
    {
        Directory.CreateDirectory(directory);
        foreach (var check in checks)
        {
            WriteText(Guid.NewGuid() + "-result.json", Result(check).ToJsonString(Indented));
        }

        WriteText("environment.properties", string.Concat(environment.Select(e => $"{e.Key}={e.Value}\n")));
        WriteText("categories.json", AllureCategories.Build().ToJsonString(Indented));
    }

    private JsonObject Result(CheckResult check)
    {
        var info = check.Check;
        var trace = check.Trace;
        var message = AllureStatus.Prefix(check) + check.Message;
        var labels = new JsonArray(
            Label("epic", "Billing"), Label("feature", "Credit grants"), Label("story", info.Operation), Label("suite", info.Operation),
            Label("parentSuite", "Credit grant conformance"), Label("severity", AllureStatus.Severity(info.Provenance)),
            Label("tag", info.Category), Label("tag", info.Provenance.ToString().ToLowerInvariant()), Label("checkId", info.Id),
            Label("framework", "NUnit"), Label("language", "csharp"));
        var attachments = new JsonArray();
        if (check.Message is { } failure && check.Outcome is Outcome.Failed or Outcome.Error)
        {
            var name = failure.Contains("Schema violation", StringComparison.Ordinal) ? "schema violation"
                : failure.Contains("response shape differs", StringComparison.Ordinal) ? "snapshot diff"
                : "failure";
            attachments.Add(Attachment(name, failure, "text/plain", "txt"));
        }

        return new JsonObject
        {
            ["uuid"] = Guid.NewGuid().ToString(),
            ["historyId"] = Hash(info.Id),
            ["testCaseId"] = Hash(trace.FullName.Length > 0 ? trace.FullName : info.Id),
            ["name"] = trace.TestName.Length > 0 ? trace.TestName : info.Id,
            ["fullName"] = trace.FullName.Length > 0 ? trace.FullName : info.Id,
            ["description"] = $"{info.Id} [{info.Provenance.ToString().ToLowerInvariant()}]: {info.Rule}",
            ["status"] = AllureStatus.Of(check),
            ["statusDetails"] = new JsonObject { ["message"] = string.IsNullOrEmpty(message) ? null : message, ["trace"] = trace.StackTrace },
            ["stage"] = "finished",
            ["start"] = trace.Start.ToUnixTimeMilliseconds(),
            ["stop"] = trace.Stop.ToUnixTimeMilliseconds(),
            ["labels"] = labels,
            ["parameters"] = new JsonArray(trace.Parameters.Select(p => (JsonNode?)new JsonObject { ["name"] = p.Key, ["value"] = p.Value }).ToArray()),
            ["links"] = new JsonArray(),
            ["steps"] = new JsonArray(trace.Exchanges.Select(e => (JsonNode?)Step(e)).ToArray()),
            ["attachments"] = attachments,
        };
    }

    private JsonObject Step(Exchange exchange)
    {
        var answer = exchange.StatusCode is { } status ? status.ToString(System.Globalization.CultureInfo.InvariantCulture) : "no answer";
        var name = $"{exchange.Method} {exchange.Path}{exchange.Query} → {answer}" + (exchange.Attempt > 1 ? $" (attempt {exchange.Attempt})" : "");
        var attachments = new JsonArray(
            Attachment("request", RequestText(exchange), "text/plain", "txt"),
            ResponseAttachment(exchange),
            Attachment("curl", CurlLine.For(exchange), "text/plain", "txt"));
        return new JsonObject
        {
            ["name"] = name,
            ["status"] = exchange.StatusCode is null ? "broken" : "passed",
            ["stage"] = "finished",
            ["start"] = exchange.StartedAt.ToUnixTimeMilliseconds(),
            ["stop"] = (exchange.StartedAt + exchange.Duration).ToUnixTimeMilliseconds(),
            ["attachments"] = attachments,
            ["parameters"] = new JsonArray(new JsonObject { ["name"] = "Request-Id", ["value"] = exchange.RequestId ?? "none" }),
        };
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
            return Attachment("response " + exchange.StatusCode, Headers(exchange.ResponseHeaders) + "\n" + exchange.ResponseBody, "text/plain", "txt");
        }
    }

    private static string RequestText(Exchange exchange) =>
        $"{exchange.Method} {exchange.Url}\n{Headers(exchange.RequestHeaders)}\n{exchange.RequestBody}";

    private static string Headers(IEnumerable<KeyValuePair<string, string>> headers) => string.Concat(headers.Select(h => $"{h.Key}: {h.Value}\n"));

    private JsonObject Attachment(string name, string content, string type, string extension)
    {
        var source = $"{Guid.NewGuid()}-attachment.{extension}";
        WriteText(source, content);
        return new JsonObject { ["name"] = name, ["source"] = source, ["type"] = type };
    }

    private void WriteText(string file, string content) => File.WriteAllText(Path.Combine(directory, file), redactor.Redact(content), NoBom);

    private static JsonObject Label(string name, string value) => new() { ["name"] = name, ["value"] = value };

    // A stable id across runs, not a secret: Allure keys history on it.
    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..32];
}

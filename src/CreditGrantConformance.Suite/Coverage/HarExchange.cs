using System.Text.Json;
using System.Text.Json.Nodes;
using CreditGrantConformance.Operations;

namespace CreditGrantConformance.Suite.Coverage;

/// <summary>
/// One attempt of the run's HTTP archive as the ledger reads it: the operation its method and path are, the pairs it
/// sent (query and form alike), the status that came back (0: no answer) and the answer's JSON, if any.
/// </summary>
public sealed record HarExchange(
    ApiOperation Operation,
    IReadOnlyList<KeyValuePair<string, string>> Pairs,
    int Status,
    JsonNode? Answer)
{
    /// <summary>
    /// The attempts of an archive (HAR 1.2, as <c>conformance.har</c>) that are calls of a known operation; any other
    /// route (a check of unknown routes) is none of the ledger's.
    /// </summary>
    public static IEnumerable<HarExchange> Read(JsonNode har)
    {
        foreach (var entry in (har["log"]?["entries"] as JsonArray ?? []).OfType<JsonObject>())
        {
            var request = entry["request"];
            if (request?["method"]?.GetValue<string>() is not { } method
                || !Uri.TryCreate(request["url"]?.GetValue<string>(), UriKind.Absolute, out var url)
                || ApiOperation.Match(new HttpMethod(method), url.AbsolutePath) is not { } match)
            {
                continue;
            }

            var pairs = PairsOf(request["queryString"]).Concat(PairsOf(request["postData"]?["params"])).ToList();
            var status = entry["response"]?["status"]?.GetValue<int>() ?? 0;
            yield return new HarExchange(match.Operation, pairs, status, Json(entry["response"]?["content"]?["text"]));
        }
    }

    private static IEnumerable<KeyValuePair<string, string>> PairsOf(JsonNode? list) =>
        (list as JsonArray ?? []).OfType<JsonObject>().Select(p => KeyValuePair.Create(
            p["name"]?.GetValue<string>() ?? "",
            p["value"]?.GetValue<string>() ?? ""));

    private static JsonNode? Json(JsonNode? text)
    {
        if (text?.GetValue<string>() is not { Length: > 0 } body || body[0] != '{')
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(body);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

using System.Text.Json.Nodes;
using CreditGrantConformance.Results.Har;

namespace CreditGrantConformance.Compare.Runs;

/// <summary>
/// Reads a run's HTTP archive back into each check's requests, in order. Attempts of one request follow each other in
/// a check (a check sends one request at a time), so a retried request keeps only its final attempt.
/// </summary>
public static class HarReader
{
    public static IReadOnlyDictionary<string, IReadOnlyList<RecordedExchange>> Read(string path)
    {
        var entries = JsonFile.Read(path)?["log"]?["entries"] as JsonArray
            ?? throw new BadInputException($"{path} is not an HTTP archive: it has no log.entries array.");
        var byCheck = new Dictionary<string, List<RecordedExchange>>(StringComparer.Ordinal);
        for (var i = 0; i < entries.Count; i++)
        {
            // Attempts outside any check (the probe, cleanup) depend on what the run left behind: not compared.
            if (entries[i]?[HarFields.CheckId]?.ToString() is not { } check)
            {
                continue;
            }

            var list = byCheck.TryGetValue(check, out var found) ? found : byCheck[check] = [];
            var attempt = entries[i]![HarFields.Attempt]?.GetValue<int>() ?? 1;
            var retried = attempt > 1 && list.Count > 0;
            var exchange = Exchange(
                entries[i]!, retried ? list[^1].Index : list.Count + 1, retried ? list[^1].Attempts + 1 : 1, path, i);
            if (retried)
            {
                list[^1] = exchange;
            }
            else
            {
                list.Add(exchange);
            }
        }

        return byCheck.ToDictionary(p => p.Key, p => (IReadOnlyList<RecordedExchange>)p.Value, StringComparer.Ordinal);
    }

    private static RecordedExchange Exchange(JsonNode entry, int index, int attempts, string path, int position)
    {
        var request = entry["request"] ?? throw new BadInputException($"{path}: entry {position} has no request.");
        var response = entry["response"] ?? throw new BadInputException($"{path}: entry {position} has no response.");
        var url = request["url"]?.ToString() ?? "";
        var form = Pairs(request["queryString"]).Concat(Pairs(request["postData"]?["params"])).ToList();
        return new RecordedExchange(
            index,
            entry[HarFields.Operation]?.ToString() ?? "other",
            request["method"]?.ToString() ?? "",
            Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.AbsolutePath : url,
            form,
            response["status"]?.GetValue<int>() ?? 0,
            MediaType(response["content"]?["mimeType"]?.ToString()),
            response["content"]?["text"]?.ToString() ?? "",
            attempts);
    }

    private static IEnumerable<KeyValuePair<string, string>> Pairs(JsonNode? pairs) => (pairs as JsonArray ?? [])
        .Select(p => KeyValuePair.Create(p?["name"]?.ToString() ?? "", p?["value"]?.ToString() ?? ""));

    // "application/json; charset=utf-8" and "application/json" are the same answer.
    private static string MediaType(string? mimeType) => (mimeType ?? "").Split(';')[0].Trim().ToLowerInvariant();
}

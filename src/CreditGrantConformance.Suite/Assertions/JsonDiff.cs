using System.Text.Json.Nodes;
using CreditGrantConformance.Results.Json;
using CreditGrantConformance.Results.Text;

namespace CreditGrantConformance.Suite.Assertions;

/// <summary>
/// The difference between an expected and an actual JSON value, as a few lines a reader can act on: missing and extra
/// keys, changed values with their pointer, the first differing position of an array with a little context.
/// </summary>
public static class JsonDiff
{
    private const int MaxLines = 8;

    public static IReadOnlyList<string> Lines(JsonNode? expected, JsonNode? actual)
    {
        var lines = new List<string>();
        Collect(expected, actual, "", lines);
        return lines.Count <= MaxLines
            ? lines
            : [.. lines.Take(MaxLines), $"… and {Plural.Of(lines.Count - MaxLines, "more difference")}"];
    }

    private static void Collect(JsonNode? expected, JsonNode? actual, string at, List<string> lines)
    {
        switch (expected, actual)
        {
            case (JsonObject e, JsonObject a):
                // The suite's own bookkeeping key (the run tag every object carries) never leads: the keys the rule is
                // about come first.
                e = Ordered(e);
                a = Ordered(a);
                foreach (var (key, value) in e.Where(p => !a.ContainsKey(p.Key)))
                {
                    lines.Add($"missing key {Key(at, key)} (expected {JsonText.Short(value)})");
                }

                foreach (var (key, value) in a.Where(p => !e.ContainsKey(p.Key)))
                {
                    lines.Add($"extra key {Key(at, key)} = {JsonText.Short(value)}");
                }

                foreach (var (key, value) in e.Where(p => a.ContainsKey(p.Key)))
                {
                    Collect(value, a[key], at + "/" + key, lines);
                }

                break;
            case (JsonArray e, JsonArray a):
                Arrays(e, a, at, lines);
                break;
            default:
                if (!JsonNode.DeepEquals(expected, actual))
                {
                    lines.Add($"{Where(at)}expected {JsonText.Short(expected)}, got {JsonText.Short(actual)}");
                }

                break;
        }
    }

    private static void Arrays(JsonArray expected, JsonArray actual, string at, List<string> lines)
    {
        var first = Enumerable.Range(0, Math.Min(expected.Count, actual.Count))
            .FirstOrDefault(i => !JsonNode.DeepEquals(expected[i], actual[i]), -1);
        if (first < 0 && expected.Count == actual.Count)
        {
            return;
        }

        if (expected.Count != actual.Count)
        {
            lines.Add($"{Where(at)}expected {expected.Count} items, got {actual.Count}");
        }

        var position = first >= 0 ? first : Math.Min(expected.Count, actual.Count);
        lines.Add(
            $"{Where(at)}first difference at position {position}: "
            + $"expected {Item(expected, position)}, got {Item(actual, position)}");
        if (position > 0)
        {
            lines.Add($"  (items before it agree: … {JsonText.Short(expected[position - 1])})");
        }
    }

    private static JsonObject Ordered(JsonObject o) =>
        o.ContainsKey(Requests.RunTag.Key)
            ? new JsonObject(o.OrderBy(p => p.Key == Requests.RunTag.Key)
                .Select(p => KeyValuePair.Create(p.Key, p.Value?.DeepClone())))
            : o;

    private static string Item(JsonArray array, int index) =>
        index < array.Count ? JsonText.Short(array[index]) : "nothing (the array ends)";

    private static string Key(string at, string key) => $"`{(at.Length == 0 ? "" : at.TrimStart('/') + "/")}{key}`";

    private static string Where(string at) => at.Length == 0 ? "" : at + ": ";
}

using System.Text.Json.Nodes;

namespace CreditGrantConformance.Results.Json;

/// <summary>
/// The shape of a response: every value replaced by its JSON type, object keys sorted, arrays reduced to their first
/// item. Ids, timestamps and amounts vanish with their values, so the snapshot holds only what must not drift.
/// Free-form maps (<c>metadata</c>) are a map of their values' type, whatever keys a request happened to set.
/// </summary>
public static class ShapeSnapshot
{
    /// <summary>
    /// Objects whose keys are the caller's data, not fields: the spec types them as additionalProperties.
    /// </summary>
    private static readonly HashSet<string> Maps = new(StringComparer.Ordinal) { "metadata" };

    public static JsonNode Of(JsonNode? node) => node switch
    {
        null => "null",
        JsonObject obj => new JsonObject(obj.OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => KeyValuePair.Create(
                p.Key,
                (JsonNode?)(Maps.Contains(p.Key) && p.Value is JsonObject map ? MapOf(map) : Of(p.Value))))),
        JsonArray array => array.Count == 0 ? new JsonArray() : new JsonArray(Of(array[0])),
        JsonValue value => value.GetValueKind() switch
        {
            System.Text.Json.JsonValueKind.String => "string",
            System.Text.Json.JsonValueKind.Number => value.TryGetValue<long>(out _) ? "integer" : "number",
            _ => "boolean",
        },
        _ => throw new ArgumentException("Unexpected JSON node " + node.GetType().Name, nameof(node)),
    };

    // "map of string" for metadata whose values are all strings (an empty map included): what the schema promises.
    private static JsonNode MapOf(JsonObject map)
    {
        var types = map
            .Select(p => Of(p.Value).ToJsonString())
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        return types.Count == 0 || types is ["\"string\""] ? "map of string" : "map of " + string.Join(" | ", types);
    }

    /// <summary>Pointer → type of every leaf, for a readable diff.</summary>
    public static IReadOnlyDictionary<string, string> Leaves(JsonNode shape)
    {
        var leaves = new SortedDictionary<string, string>(StringComparer.Ordinal);
        Collect(shape, "", leaves);
        return leaves;
    }

    /// <summary>How a line of <see cref="Diff"/> that names a field the snapshot does not have begins.</summary>
    public const string Added = "+ ";

    public static IReadOnlyList<string> Diff(JsonNode verified, JsonNode received)
    {
        var before = Leaves(verified);
        var after = Leaves(received);
        var lines = new List<string>();
        foreach (var pointer in before.Keys.Union(after.Keys).Order(StringComparer.Ordinal))
        {
            var had = before.GetValueOrDefault(pointer);
            var has = after.GetValueOrDefault(pointer);
            if (had == has)
            {
                continue;
            }

            lines.Add(had is null ? $"{Added}{pointer}: {has} (not in the snapshot)"
                : has is null ? $"- {pointer}: {had} (missing from the response)"
                : $"~ {pointer}: {had} → {has}");
        }

        return lines;
    }

    private static void Collect(JsonNode? node, string pointer, SortedDictionary<string, string> leaves)
    {
        switch (node)
        {
            case JsonObject obj when obj.Count > 0:
                foreach (var (key, child) in obj)
                {
                    Collect(child, pointer + "/" + key, leaves);
                }

                break;
            case JsonObject:
                leaves[pointer] = "{}";
                break;
            case JsonArray array when array.Count > 0:
                Collect(array[0], pointer + "/0", leaves);
                break;
            case JsonArray:
                leaves[pointer] = "[]";
                break;
            default:
                leaves[pointer] = node?.ToString() ?? "null";
                break;
        }
    }
}

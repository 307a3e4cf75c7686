using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CreditGrantConformance.Suite.Assertions;

/// <summary>JSON as a reader of a failure message wants it: text as written (no \u escapes), long values cut.</summary>
public static class JsonText
{
    private const int MaxLength = 120;
    private static readonly JsonSerializerOptions Relaxed = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Full(JsonNode? node) => node is null ? "null" : node.ToJsonString(Relaxed);

    /// <summary>
    /// At most about 120 characters: a list shows its count and ids, an object its keys, a string its start.
    /// </summary>
    public static string Short(JsonNode? node)
    {
        var full = Full(node);
        if (full.Length <= MaxLength)
        {
            return full;
        }

        return node switch
        {
            JsonArray array => $"[{array.Count} items{Ids(array)}]",
            JsonObject obj when obj["id"] is JsonValue id => $"{{\"id\": \"{id}\", … {obj.Count} keys}}",
            JsonObject obj
                => "{" + Cut(string.Join(", ", obj.Select(p => p.Key)), MaxLength - 10) + $"}} ({obj.Count} keys)",
            JsonValue value when value.TryGetValue<string>(out var text)
                => Cut(full, MaxLength) + $" ({text.Length} characters)",
            _ => Cut(full, MaxLength) + $" ({full.Length} characters)",
        };
    }

    /// <summary>Cuts text to a length, saying so.</summary>
    public static string Cut(string text, int length) => text.Length <= length ? text : text[..length] + "…";

    private static string Ids(JsonArray array)
    {
        var ids = array.Select(i => (i as JsonObject)?["id"]?.ToString()).ToList();
        return ids.All(i => i is not null) && ids.Count > 0 ? ": " + Cut(string.Join(", ", ids), MaxLength) : "";
    }
}

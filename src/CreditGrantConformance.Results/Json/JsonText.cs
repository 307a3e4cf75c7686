using System.Text.Json.Nodes;

namespace CreditGrantConformance.Results.Json;

/// <summary>JSON as a reader of a failure message wants it: text as written (no \u escapes), long values cut.</summary>
public static class JsonText
{
    private const int MaxLength = 120;

    public static string Full(JsonNode? node) =>
        node is null ? "null" : WithoutPairEscapes(node.ToJsonString(ReadableJson.Compact));

    /// <summary>
    /// JSON text with the \uD83C\uDF81 escapes of characters beyond the BMP turned back into the characters: .NET's
    /// relaxed encoder still escapes those (an emoji), which a reader cannot read. Escaped backslashes are kept.
    /// </summary>
    public static string WithoutPairEscapes(string json)
    {
        if (!json.Contains("\\u", StringComparison.OrdinalIgnoreCase))
        {
            return json;
        }

        var text = new System.Text.StringBuilder(json.Length);
        for (var i = 0; i < json.Length; i++)
        {
            if (json[i] != '\\' || i + 1 >= json.Length)
            {
                text.Append(json[i]);
                continue;
            }

            if (json[i + 1] == 'u' && Escaped(json, i) is { } high && char.IsHighSurrogate(high)
                && Escaped(json, i + 6) is { } low && char.IsLowSurrogate(low))
            {
                text.Append(high).Append(low);
                i += 11;
                continue;
            }

            text.Append(json, i, 2);
            i++;
        }

        return text.ToString();
    }

    // The character of a \uXXXX escape at the index, or null when there is none.
    private static char? Escaped(string json, int at) =>
        at + 6 <= json.Length && json[at] == '\\' && json[at + 1] == 'u'
            && ushort.TryParse(json.AsSpan(at + 2, 4), System.Globalization.NumberStyles.HexNumber, null, out var code)
            ? (char)code
            : null;

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

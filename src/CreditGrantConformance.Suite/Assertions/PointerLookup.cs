using System.Text.Json.Nodes;

namespace CreditGrantConformance.Suite.Assertions;

/// <summary>
/// RFC 6901 look-up that tells "absent" apart from "null" (JsonPointer.Net's JsonPointer parses and evaluates pointers;
/// this only looks one up in a System.Text.Json node).
/// </summary>
public static class PointerLookup
{
    public static bool TryGet(JsonNode? root, string pointer, out JsonNode? value)
    {
        value = root;
        if (pointer.Length == 0)
        {
            return root is not null;
        }

        foreach (var raw in pointer.Split('/').Skip(1))
        {
            var token = raw.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            switch (value)
            {
                case JsonObject o when o.TryGetPropertyValue(token, out var child):
                    value = child;
                    break;
                case JsonArray a when int.TryParse(token, out var i) && i >= 0 && i < a.Count:
                    value = a[i];
                    break;
                default:
                    value = null;
                    return false;
            }
        }

        return true;
    }
}

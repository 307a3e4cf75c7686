using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace StripeNetDriver;

/// <summary>
/// Whether a JSON parameter fits a typed property of Stripe.net's options, and its value there. A parameter that
/// does not fit (a string where an integer belongs, an unknown nested name) is sent through the SDK's extra
/// parameters instead, as <see cref="Extra"/> converts it, so the server sees exactly what the call asked for.
/// </summary>
internal static class Fit
{
    public static bool String(JsonNode? node, [NotNullWhen(true)] out string? value)
    {
        value = node is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;
        return value is not null;
    }

    public static bool Long(JsonNode? node, out long value)
    {
        value = 0;
        return node is JsonValue v && v.GetValueKind() == JsonValueKind.Number && v.TryGetValue(out value);
    }

    /// <summary>
    /// Unix seconds, which Stripe.net takes as a UTC <see cref="DateTime"/> and sends back as the same integer.
    /// </summary>
    public static bool Time(JsonNode? node, out DateTime value)
    {
        value = default;
        if (!Long(node, out var seconds) || seconds < 0 || seconds > DateTimeOffset.MaxValue.ToUnixTimeSeconds())
        {
            return false;
        }

        value = DateTimeOffset.FromUnixTimeSeconds(seconds).UtcDateTime;
        return true;
    }

    public static bool Metadata(JsonNode? node, [NotNullWhen(true)] out Dictionary<string, string>? value)
    {
        value = null;
        if (node is not JsonObject o || o.Count == 0)
        {
            return false;
        }

        var pairs = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, item) in o)
        {
            if (!String(item, out var text))
            {
                return false;
            }

            pairs[key] = text;
        }

        value = pairs;
        return true;
    }

    public static bool Strings(JsonNode? node, [NotNullWhen(true)] out List<string>? value)
    {
        value = node is JsonArray a && a.Count > 0 && a.All(i => String(i, out _))
            ? a.Select(i => i!.GetValue<string>()).ToList()
            : null;
        return value is not null;
    }

    /// <summary>
    /// An object whose every member name is one of <paramref name="names"/> (what the typed options can hold).
    /// </summary>
    public static bool Object(JsonNode? node, [NotNullWhen(true)] out JsonObject? value, params string[] names)
    {
        value = node as JsonObject;
        return value is not null && value.All(p => names.Contains(p.Key, StringComparer.Ordinal));
    }

    /// <summary>A member of a nested object that is a string when present; false when present and not one.</summary>
    public static bool Member(JsonObject parent, string name, out string? value)
    {
        value = null;
        return parent[name] is not { } node || String(node, out value);
    }

    /// <summary>
    /// A JSON value as Stripe.net's extra parameters take it: objects as dictionaries, arrays as lists.
    /// </summary>
    public static object? Extra(JsonNode? node) => node switch
    {
        null => null,
        JsonObject o => o.ToDictionary(p => p.Key, p => Extra(p.Value)!, StringComparer.Ordinal),
        JsonArray a => a.Select(Extra).ToList(),
        JsonValue v => v.GetValueKind() switch
        {
            JsonValueKind.String => v.GetValue<string>(),
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.Number when v.TryGetValue<long>(out var l) => l,
            JsonValueKind.Number => v.GetValue<decimal>(),
            _ => null,
        },
        _ => null,
    };
}

using System.Collections;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CreditGrantConformance.Client;

/// <summary>
/// Parameters as JSON, the language-neutral form that wire vectors and SDK drivers use: objects are objects, arrays
/// arrays, and every scalar keeps its JSON type (a driver hands an SDK numbers as numbers, strings as strings).
/// </summary>
public static class FormJson
{
    /// <summary>
    /// JSON to parameters; <paramref name="expand"/> may turn an object into another value (a data file's shorthand).
    /// </summary>
    public static FormParams ToParams(JsonObject json, Func<JsonObject, object?>? expand = null)
    {
        var parameters = new FormParams();
        foreach (var (key, value) in json)
        {
            parameters[key] = FromNode(value, expand);
        }

        return parameters;
    }

    public static object? ToValue(JsonNode? node, Func<JsonObject, object?>? expand = null) => FromNode(node, expand);

    public static JsonObject ToJson(FormParams parameters)
    {
        var json = new JsonObject();
        foreach (var (key, value) in parameters)
        {
            if (value is not null)
            {
                json[key] = ToNode(value);
            }
        }

        return json;
    }

    /// <summary>One parameter's value as JSON (what a Stripe object echoes for it).</summary>
    public static JsonNode? ValueToJson(object? value) => ToNode(value);

    private static object? FromNode(JsonNode? node, Func<JsonObject, object?>? expand) => node switch
    {
        null => null,
        JsonObject o when expand?.Invoke(o) is { } expanded => expanded,
        JsonObject o => ToParams(o, expand),
        JsonArray a => a.Select(i => FromNode(i, expand)).ToList(),
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

    private static JsonNode? ToNode(object? value) => value switch
    {
        null => null,
        string s => JsonValue.Create(s),
        bool b => JsonValue.Create(b),
        DateTimeOffset time => JsonValue.Create(time.ToUnixTimeSeconds()),
        // An empty object or array is sent as "key=" (clear all); SDKs send that for an empty string and drop empty
        // objects.
        FormParams { Count: 0 } => JsonValue.Create(""),
        FormParams form => ToJson(form),
        IEnumerable sequence when !sequence.Cast<object?>().Any() => JsonValue.Create(""),
        IEnumerable sequence => new JsonArray(sequence.Cast<object?>().Select(ToNode).ToArray()),
        long or int or short or byte => JsonValue.Create(Convert.ToInt64(value, CultureInfo.InvariantCulture)),
        IFormattable number => JsonValue.Create(
            decimal.Parse(number.ToString(null, CultureInfo.InvariantCulture), CultureInfo.InvariantCulture)),
        _ => throw new ArgumentException($"A value of type {value.GetType().Name} has no JSON form."),
    };
}

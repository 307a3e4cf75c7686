using System.Text.Json.Nodes;

namespace CreditGrantConformance.Suite.Coverage;

/// <summary>
/// Walks the schema of a query parameter or of a form body down to the parameters a request can set, each with its
/// enum values and limits. A string's 5000-character <c>maxLength</c> is left out: the document gives it to every id
/// and string of the API alike, and no page of Stripe's reference states it as a limit of these operations.
/// </summary>
internal static class RequestSchemaWalk
{
    private const long GenericStringCap = 5000;

    public static void Walk(JsonNode? schema, string path, IDictionary<string, RequestParameter> into)
    {
        if (schema is not JsonObject node)
        {
            return;
        }

        if (node["anyOf"] is JsonArray alternatives)
        {
            foreach (var alternative in alternatives)
            {
                Walk(alternative, path, into);
            }

            return;
        }

        switch (node["type"]?.GetValue<string>())
        {
            case "object" when node["properties"] is JsonObject properties:
                foreach (var (name, property) in properties)
                {
                    Walk(property, path.Length == 0 ? name : path + "." + name, into);
                }

                break;
            case "object":
                Add(into, new RequestParameter(path, true, [], MapLimits(path, node)));
                break;
            case "array" when node["items"] is JsonObject items && items["properties"] is JsonObject:
                Walk(items, path + "[]", into);
                break;
            case "array":
                Add(into, Leaf(path, node["items"] as JsonObject ?? []));
                break;
            default:
                Add(into, Leaf(path, node));
                break;
        }
    }

    private static RequestParameter Leaf(string path, JsonObject node) => new(
        path,
        false,
        node["enum"] is JsonArray values ? [.. values.Select(v => v?.ToString() ?? "")] : [],
        [.. ScalarLimits(path, node)]);

    private static IEnumerable<Limit> ScalarLimits(string path, JsonObject node)
    {
        if (Bound(node, "maxLength") is { } length && length != GenericStringCap)
        {
            yield return new Limit(path, LimitKind.MaxLength, length);
        }

        if (Bound(node, "minimum") is { } minimum)
        {
            yield return new Limit(path, LimitKind.Minimum, minimum);
        }

        if (Bound(node, "maximum") is { } maximum)
        {
            yield return new Limit(path, LimitKind.Maximum, maximum);
        }
    }

    private static List<Limit> MapLimits(string path, JsonObject node)
    {
        var limits = new List<Limit>();
        if (Bound(node, "maxProperties") is { } keys)
        {
            limits.Add(new Limit(path, LimitKind.MaxKeys, keys));
        }

        if (node["propertyNames"] is JsonObject names && Bound(names, "maxLength") is { } keyLength)
        {
            limits.Add(new Limit(path, LimitKind.MaxKeyLength, keyLength));
        }

        if (node["additionalProperties"] is JsonObject values && Bound(values, "maxLength") is { } valueLength)
        {
            limits.Add(new Limit(path, LimitKind.MaxValueLength, valueLength));
        }

        return limits;
    }

    // Alternatives of one parameter (a map or "" to clear it; a time or "" to unset it) merge into one.
    private static void Add(IDictionary<string, RequestParameter> into, RequestParameter parameter)
    {
        into[parameter.Path] = into.TryGetValue(parameter.Path, out var known)
            ? known with
            {
                IsMap = known.IsMap || parameter.IsMap,
                EnumValues = [.. known.EnumValues.Union(parameter.EnumValues)],
                Limits = [.. known.Limits.Union(parameter.Limits)],
            }
            : parameter;
    }

    private static long? Bound(JsonObject node, string keyword) =>
        node[keyword] is JsonValue value && value.TryGetValue<long>(out var bound) ? bound : null;
}

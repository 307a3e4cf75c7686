using System.Text.Json.Nodes;
using NJsonSchema;

namespace CreditGrantConformance.Suite.Schemas;

/// <summary>Finds properties a response has and its schema does not declare: a newer API version's fields, or a mock's invention.</summary>
internal static class Drift
{
    public static void Collect(JsonSchema schema, JsonNode? node, string pointer, List<string> unknown)
    {
        var actual = Resolve(schema, node);
        switch (node)
        {
            case JsonObject obj when actual.ActualProperties.Count > 0:
                foreach (var (name, value) in obj)
                {
                    var child = pointer + "/" + name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);
                    if (actual.ActualProperties.TryGetValue(name, out var property))
                    {
                        Collect(property, value, child, unknown);
                    }
                    else
                    {
                        unknown.Add(child);
                    }
                }

                break;
            case JsonArray array when actual.Item is { } item:
                for (var i = 0; i < array.Count; i++)
                {
                    Collect(item, array[i], $"{pointer}/{i}", unknown);
                }

                break;
        }
    }

    // For anyOf (customer: id or object; monetary or null) follow the branch the value matches.
    private static JsonSchema Resolve(JsonSchema schema, JsonNode? node)
    {
        var actual = schema.ActualSchema;
        if (actual.AnyOf.Count == 0 || node is null)
        {
            return actual;
        }

        var json = node.ToJsonString();
        return actual.AnyOf.Select(b => b.ActualSchema).FirstOrDefault(b => b.ActualProperties.Count > 0 && b.Validate(json).Count == 0) ?? actual;
    }
}

using System.Text.Json.Nodes;

namespace CreditGrantConformance.Suite.Coverage;

/// <summary>
/// Walks a response schema of <c>schemas/</c> into <see cref="ResponseFields"/>. Local references (<c>#/$defs/…</c>)
/// are followed, and so is a list's reference to its objects' schema; a reference that is one alternative beside an id
/// string is an expandable field, whose object is not walked (it is another operation's answer).
/// </summary>
internal sealed class ResponseSchemaWalk(Func<string, JsonObject> load)
{
    private const int MaxDepth = 12;
    private readonly List<string> nullable = [];
    private readonly Dictionary<string, IReadOnlyList<string>> enums = new(StringComparer.Ordinal);
    private readonly List<string> expandable = [];

    public ResponseFields Of(string schemaFile)
    {
        var root = load(schemaFile);
        Walk(root, root, "", 0);
        return new ResponseFields(nullable, enums, expandable);
    }

    private void Walk(JsonObject node, JsonObject root, string path, int depth)
    {
        if (depth > MaxDepth)
        {
            return;
        }

        if (node["$ref"]?.GetValue<string>() is { } reference)
        {
            var (target, targetRoot) = Resolve(reference, root);
            Walk(target, targetRoot, path, depth + 1);
            return;
        }

        if (node["anyOf"] is JsonArray alternatives)
        {
            Alternatives([.. alternatives.OfType<JsonObject>()], root, path, depth);
            return;
        }

        var types = Types(node);
        if (types.Contains("null") && path.Length > 0)
        {
            nullable.Add(path);
        }

        if (node["enum"] is JsonArray values && !path.EndsWith("object", StringComparison.Ordinal))
        {
            enums[path] = [.. values.OfType<JsonValue>().Select(v => v.ToString())];
        }

        if (node["properties"] is JsonObject properties)
        {
            foreach (var (name, property) in properties)
            {
                if (property is JsonObject child)
                {
                    Walk(child, root, path.Length == 0 ? name : path + "." + name, depth + 1);
                }
            }
        }

        if (types.Contains("array") && node["items"] is JsonObject items)
        {
            Walk(items, root, path + "[]", depth + 1);
        }
    }

    private void Alternatives(List<JsonObject> alternatives, JsonObject root, string path, int depth)
    {
        var objects = alternatives.Where(a => !Types(a).Contains("null") && !Types(a).Contains("string")).ToList();
        if (alternatives.Any(a => Types(a).Contains("null")))
        {
            nullable.Add(path);
        }

        if (alternatives.Any(a => Types(a).Contains("string")) && objects.Count > 0)
        {
            expandable.Add(path);
            return;
        }

        foreach (var alternative in objects)
        {
            Walk(alternative, root, path, depth + 1);
        }
    }

    private (JsonObject Node, JsonObject Root) Resolve(string reference, JsonObject root)
    {
        if (reference.StartsWith("#/$defs/", StringComparison.Ordinal))
        {
            return ((JsonObject)root["$defs"]![reference["#/$defs/".Length..]]!, root);
        }

        var other = load(reference);
        return (other, other);
    }

    private static HashSet<string> Types(JsonObject node) => node["type"] switch
    {
        JsonArray many => [.. many.Select(t => t!.GetValue<string>())],
        JsonValue one => [one.GetValue<string>()],
        _ => [],
    };
}

using System.Globalization;
using System.Text.Json.Nodes;
using CreditGrantConformance.Client;

namespace CreditGrantConformance.Suite.Coverage;

/// <summary>
/// Counts what the answers of one operation showed: status codes, errors (status, type, code, param), the nullable
/// fields of successful answers seen null and seen set, and the values of their enum fields.
/// </summary>
internal sealed class AnswerTally(ResponseFields fields)
{
    public Counter Statuses { get; } = new();

    public Counter Errors { get; } = new();

    public Counter NullSeen { get; } = new();

    public Counter SetSeen { get; } = new();

    public Counter EnumValues { get; } = new();

    public List<(int Status, string? Type, string? Code, string? Param)> ErrorKeys { get; } = [];

    public void Add(HarExchange exchange)
    {
        Statuses.Add(exchange.Status.ToString(CultureInfo.InvariantCulture));
        if (exchange.Status >= 400 && ApiError.FromBody(exchange.Status, exchange.Answer) is { } error)
        {
            var key = (exchange.Status, error.Type, error.Code, error.Param);
            var name = NamedError.Describe(key.Status, key.Item2 ?? "(no type)", key.Item3, key.Item4);
            if (Errors[name] == 0)
            {
                ErrorKeys.Add(key);
            }

            Errors.Add(name);
        }

        if (exchange.Status is >= 200 and < 300 && exchange.Answer is JsonObject answer)
        {
            Fields(answer);
        }
    }

    private void Fields(JsonObject answer)
    {
        foreach (var path in fields.Nullable)
        {
            foreach (var (present, value) in At(answer, path))
            {
                if (present)
                {
                    (value is null ? NullSeen : SetSeen).Add(path);
                }
            }
        }

        foreach (var (path, values) in fields.Enums)
        {
            foreach (var (_, value) in At(answer, path))
            {
                // Enum values compare as JSON writes them: a string's text, or true for deleted's one value.
                if (value is JsonValue scalar && values.Contains(scalar.ToString()))
                {
                    EnumValues.Add(path + "=" + scalar);
                }
            }
        }
    }

    // Every place a path reaches in an answer (each object of a list under data[]), and whether the field is there.
    private static IEnumerable<(bool Present, JsonNode? Value)> At(JsonNode node, string path)
    {
        IEnumerable<JsonNode> parents = [node];
        var names = path.Split('.');
        foreach (var name in names[..^1])
        {
            parents = Step(parents, name);
        }

        var last = names[^1];
        var array = last.EndsWith("[]", StringComparison.Ordinal);
        foreach (var parent in parents.OfType<JsonObject>())
        {
            var key = array ? last[..^2] : last;
            yield return (parent.ContainsKey(key), parent[key]);
        }
    }

    private static IEnumerable<JsonNode> Step(IEnumerable<JsonNode> nodes, string name)
    {
        var array = name.EndsWith("[]", StringComparison.Ordinal);
        var key = array ? name[..^2] : name;
        foreach (var child in nodes.OfType<JsonObject>().Select(n => n[key]).OfType<JsonNode>())
        {
            if (!array)
            {
                yield return child;
            }
            else if (child is JsonArray items)
            {
                foreach (var item in items.OfType<JsonNode>())
                {
                    yield return item;
                }
            }
        }
    }
}

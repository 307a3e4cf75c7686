using System.Text.Json.Nodes;
using CreditGrantConformance.Client;
using CreditGrantConformance.Operations;
using CreditGrantConformance.Suite.Checks;

namespace CreditGrantConformance.Suite.Requests;

/// <summary>
/// What every entry of a case file (fixtures/invalid-inputs.json, fixtures/boundary-inputs.json) has: the check it is
/// (id, name, provenance, rule, source, and <c>"requires_state": true</c> when it needs a target that keeps state), and
/// the change it makes to a valid request (<c>remove</c> paths, <c>set</c> values). Values are JSON, plus two
/// shorthands that keep the files readable: <c>{"$repeat":"a","times":101}</c> (a long string) and
/// <c>{"$keys":51}</c> (an object of that many keys).
/// </summary>
public sealed record CaseEntry(
    CheckInfo Check,
    ApiOperation Operation,
    IReadOnlyList<string> Remove,
    IReadOnlyList<KeyValuePair<string, object?>> Set)
{
    /// <summary>Applies the change to a copy of a valid request.</summary>
    public FormParams Apply(FormParams valid)
    {
        var request = valid.DeepClone();
        foreach (var path in Remove)
        {
            request.RemovePath(path);
        }

        foreach (var (path, value) in Set)
        {
            request.SetPath(path, value);
        }

        return request;
    }

    public static IEnumerable<(JsonObject Json, string Where)> Entries(string path)
    {
        var root = JsonNode.Parse(File.ReadAllText(path)) as JsonObject
            ?? throw new InvalidDataException($"{path} must hold an object with a \"cases\" array.");
        return root["cases"]!.AsArray().Select((node, i) => (node!.AsObject(), $"{path} cases[{i}]"));
    }

    public static CaseEntry Parse(JsonObject c, string where, string category)
    {
        var id = Text(c, "id", where);
        var check = new CheckInfo(
            id,
            Text(c, "name", where),
            category,
            Enum.Parse<Provenance>(Text(c, "provenance", where), ignoreCase: true),
            Text(c, "rule", where),
            Text(c, "source", where))
        {
            RequiresState = c["requires_state"]?.GetValue<bool>() ?? false,
        };
        return new CaseEntry(
            check,
            ApiOperation.Labelled(CheckIds.OperationOf(id)),
            c["remove"]?.AsArray().Select(p => p!.GetValue<string>()).ToList() ?? [],
            c["set"]?.AsObject().Select(p => KeyValuePair.Create(p.Key, Value(p.Value))).ToList() ?? []);
    }

    public static string Text(JsonObject o, string key, string where) =>
        o[key]?.GetValue<string>() ?? throw new InvalidDataException($"{where}: \"{key}\" is required.");

    public static object? Value(JsonNode? node) => FormJson.ToValue(node, Shorthand);

    private static object? Shorthand(JsonObject o) =>
        o["$repeat"] is { } unit
            ? string.Concat(Enumerable.Repeat(unit.GetValue<string>(), o["times"]!.GetValue<int>()))
            : o["$keys"] is { } count
                ? Keys(count.GetValue<int>())
                : null;

    private static FormParams Keys(int count)
    {
        var result = new FormParams();
        for (var i = 1; i <= count; i++)
        {
            result[$"key_{i:D2}"] = "value";
        }

        return result;
    }
}

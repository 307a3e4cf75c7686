using System.Text.Json.Nodes;
using CreditGrantConformance.Client;
using CreditGrantConformance.Suite.Checks;

namespace CreditGrantConformance.Suite.Requests;

/// <summary>
/// Loads <c>fixtures/invalid-inputs.json</c>. Values are JSON strings, numbers or objects, plus two generators so the
/// file stays readable: <c>{"$repeat":"a","times":101}</c> (a long string) and <c>{"$keys":51}</c> (an object of 51 keys).
/// </summary>
public static class InvalidCatalogue
{
    private static readonly Lazy<IReadOnlyList<InvalidCase>> Loaded = new(() => Load(Path.Combine(AppContext.BaseDirectory, "fixtures", "invalid-inputs.json")));

    /// <summary>Every case of the catalogue, over every operation.</summary>
    public static IReadOnlyList<InvalidCase> All => Loaded.Value;

    public static IEnumerable<InvalidCase> For(ApiOperation operation) => All.Where(c => c.Operation == operation);

    public static IReadOnlyList<InvalidCase> Load(string path)
    {
        var root = JsonNode.Parse(File.ReadAllText(path)) as JsonObject
            ?? throw new InvalidDataException($"{path} must hold an object with a \"cases\" array.");
        return root["cases"]!.AsArray().Select((node, i) => Parse(node!.AsObject(), $"{path} cases[{i}]")).ToList();
    }

    private static InvalidCase Parse(JsonObject c, string where)
    {
        string Text(JsonObject o, string key) => o[key]?.GetValue<string>() ?? throw new InvalidDataException($"{where}: \"{key}\" is required.");
        var id = Text(c, "id");
        var expect = c["expect"]?.AsObject() ?? throw new InvalidDataException($"{where}: \"expect\" is required.");
        var check = new CheckInfo(
            id,
            Text(c, "name"),
            Categories.Validation,
            Enum.Parse<Provenance>(Text(c, "provenance"), ignoreCase: true),
            Text(c, "rule"),
            Text(c, "source"),
            c["requires_state"]?.GetValue<bool>() ?? false);
        return new InvalidCase(
            check,
            ApiOperation.Labelled(CheckIds.OperationOf(id)),
            c["remove"]?.AsArray().Select(p => p!.GetValue<string>()).ToList() ?? [],
            c["set"]?.AsObject().Select(p => KeyValuePair.Create(p.Key, Value(p.Value))).ToList() ?? [],
            new ExpectedError(
                expect["status"]!.GetValue<int>(),
                Text(expect, "type"),
                expect["code"]?.GetValue<string>(),
                expect["param"]?.GetValue<string>(),
                expect["param_prefix"]?.GetValue<string>()));
    }

    private static object? Value(JsonNode? node) => FormJson.ToValue(node, Shorthand);

    // {"$repeat": "a", "times": 101} is a long string; {"$keys": 51} is metadata with that many keys.
    private static object? Shorthand(JsonObject o) =>
        o["$repeat"] is { } unit ? string.Concat(Enumerable.Repeat(unit.GetValue<string>(), o["times"]!.GetValue<int>()))
        : o["$keys"] is { } count ? Keys(count.GetValue<int>())
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

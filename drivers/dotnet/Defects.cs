using System.Text.Json.Nodes;

namespace StripeNetDriver;

/// <summary>
/// Deliberate defects, for the suite's self-tests only (<c>--defect NAME</c>): they prove that the wire check catches a
/// broken SDK or driver. Without the argument the driver has none.
/// </summary>
internal static class Defects
{
    private static readonly Dictionary<string, Func<JsonObject, JsonObject>> All = new(StringComparer.Ordinal)
    {
        // Leaves metadata out of every call.
        ["drop-metadata"] = p => Map(p.Where(x => x.Key != "metadata"), v => v),
        // Hands the SDK nested parameters as JSON strings, so they are sent as amount={"type":…}.
        ["flatten-nesting"] = p => Map(p, v => v is JsonObject or JsonArray ? JsonValue.Create(v.ToJsonString()) : v),
    };

    /// <summary>The defect that <c>--defect NAME</c> asks for, or none; an unknown name is an error.</summary>
    public static Func<DriverRequest, DriverRequest> FromArguments(string[] args)
    {
        var at = Array.IndexOf(args, "--defect");
        if (at < 0)
        {
            return r => r;
        }

        var name = at + 1 < args.Length ? args[at + 1] : "";
        if (!All.TryGetValue(name, out var defect))
        {
            throw new ArgumentException($"usage: StripeNetDriver [--defect {string.Join("|", All.Keys)}]");
        }

        return r => r with { Params = defect(r.Params) };
    }

    private static JsonObject Map(
        IEnumerable<KeyValuePair<string, JsonNode?>> parameters,
        Func<JsonNode?, JsonNode?> change) =>
        new(parameters.Select(p => KeyValuePair.Create(p.Key, change(p.Value?.DeepClone()))));
}

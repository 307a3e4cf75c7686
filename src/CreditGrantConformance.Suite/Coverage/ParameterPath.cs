using CreditGrantConformance.Client;

namespace CreditGrantConformance.Suite.Coverage;

/// <summary>
/// Names a sent form or query pair by the parameter of the OpenAPI document it sets: <c>amount[monetary][value]</c> is
/// <c>amount.monetary.value</c>, <c>applicability_config[scope][prices][0][id]</c> is
/// <c>applicability_config.scope.prices[].id</c>, <c>expand[]</c> and <c>expand[0]</c> are <c>expand</c>, and any key
/// of a map (<c>metadata[tier]</c>) is the map itself. Null for a name the document does not know.
/// </summary>
public static class ParameterPath
{
    public static (RequestParameter Parameter, string? MapKey)? Of(
        string name,
        IReadOnlyDictionary<string, RequestParameter> parameters)
    {
        IReadOnlyList<string> segments;
        try
        {
            segments = BracketPath.Split(name);
        }
        catch (ArgumentException)
        {
            return null;
        }

        var path = segments[0];
        for (var i = 1; i < segments.Count; i++)
        {
            if (parameters.TryGetValue(path, out var map) && map.IsMap)
            {
                return (map, segments[i]);
            }

            path += IsIndex(segments[i]) ? "[]" : "." + segments[i];
        }

        if (parameters.TryGetValue(path, out var found))
        {
            return (found, null);
        }

        // An array of plain values is one parameter: expand[] and expand[0] set expand.
        return path.EndsWith("[]", StringComparison.Ordinal) && parameters.TryGetValue(path[..^2], out var list)
            ? (list, null)
            : null;
    }

    private static bool IsIndex(string segment) => segment.Length == 0 || segment.All(char.IsAsciiDigit);
}

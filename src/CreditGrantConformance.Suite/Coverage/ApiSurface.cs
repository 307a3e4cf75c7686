using System.Globalization;
using System.Text.Json.Nodes;
using CreditGrantConformance.Operations;
using CreditGrantConformance.Suite.Configuration;

namespace CreditGrantConformance.Suite.Coverage;

/// <summary>
/// The surface of every operation of <see cref="ApiOperation.All"/>, read from
/// <c>openapi/credit-grants.openapi.json</c> (by the operation's operationId) and <c>schemas/</c>: what the coverage
/// ledger counts a run against. A parameter added to the document is counted from the next run on, exercised or not.
/// </summary>
public static class ApiSurface
{
    public const string DocumentName = "credit-grants.openapi.json";

    private static readonly Lazy<IReadOnlyList<OperationSurface>> Shipped = new(() => Read(
        JsonNode.Parse(File.ReadAllText(Path.Combine(SuiteContent.OpenApi, DocumentName)))!.AsObject(),
        file => JsonNode.Parse(File.ReadAllText(Path.Combine(SuiteContent.Schemas, file)))!.AsObject()));

    /// <summary>The surface of the document and schemas the suite ships.</summary>
    public static IReadOnlyList<OperationSurface> All => Shipped.Value;

    public static IReadOnlyList<OperationSurface> Read(JsonObject document, Func<string, JsonObject> loadSchema)
    {
        var operations = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        foreach (var (_, item) in document["paths"]!.AsObject())
        {
            foreach (var (_, operation) in item!.AsObject())
            {
                if (operation is JsonObject found && found["operationId"]?.GetValue<string>() is { } id)
                {
                    operations[id] = found;
                }
            }
        }

        return [.. ApiOperation.All.Select(o => operations.TryGetValue(o.OperationId, out var spec)
            ? Surface(o, spec, loadSchema)
            : new OperationSurface(o, new Dictionary<string, RequestParameter>(), [], ResponseFields.None))];
    }

    private static OperationSurface Surface(ApiOperation operation, JsonObject spec, Func<string, JsonObject> load)
    {
        var parameters = new SortedDictionary<string, RequestParameter>(StringComparer.Ordinal);
        foreach (var parameter in (spec["parameters"] as JsonArray ?? []).OfType<JsonObject>())
        {
            // The id in the path is in every request of the operation: not a parameter a check chooses to send.
            if (parameter["in"]?.GetValue<string>() == "query")
            {
                RequestSchemaWalk.Walk(parameter["schema"], parameter["name"]!.GetValue<string>(), parameters);
            }
        }

        RequestSchemaWalk.Walk(
            spec["requestBody"]?["content"]?["application/x-www-form-urlencoded"]?["schema"], "", parameters);
        var statuses = (spec["responses"] as JsonObject ?? [])
            .Select(r => int.TryParse(r.Key, NumberStyles.None, CultureInfo.InvariantCulture, out var code) ? code : 0)
            .Where(code => code > 0)
            .Order()
            .ToList();
        var response = new ResponseSchemaWalk(load).Of(operation.ResponseSchema + ".schema.json");
        return new OperationSurface(operation, parameters, statuses, response);
    }
}

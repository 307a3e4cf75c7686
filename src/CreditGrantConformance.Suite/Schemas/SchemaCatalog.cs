using System.Text.Json;
using System.Text.Json.Nodes;
using NJsonSchema;

namespace CreditGrantConformance.Suite.Schemas;

/// <summary>The schemas of <c>schemas/</c>, loaded and compiled once, and the one place responses are validated.</summary>
public sealed class SchemaCatalog
{
    private static readonly Lazy<SchemaCatalog> Lazy = new(() => Load(Path.Combine(AppContext.BaseDirectory, "schemas")));
    private readonly IReadOnlyDictionary<SchemaKind, JsonSchema> schemas;

    private SchemaCatalog(IReadOnlyDictionary<SchemaKind, JsonSchema> schemas) => this.schemas = schemas;

    public static SchemaCatalog Default => Lazy.Value;

    public static string FileName(SchemaKind kind) => kind switch
    {
        SchemaKind.CreditGrant => "credit_grant.schema.json",
        SchemaKind.CreditGrantList => "credit_grant_list.schema.json",
        SchemaKind.Error => "error.schema.json",
        SchemaKind.Customer => "customer.schema.json",
        _ => "deleted_customer.schema.json",
    };

    public static SchemaCatalog Load(string schemasDirectory)
    {
        var loaded = new Dictionary<SchemaKind, JsonSchema>();
        foreach (var kind in Enum.GetValues<SchemaKind>())
        {
            var path = Path.Combine(schemasDirectory, FileName(kind));
            if (!File.Exists(path))
            {
                throw new FileNotFoundException($"Schema {path} is missing: every SchemaKind needs its file in schemas/.", path);
            }

            try
            {
                loaded[kind] = JsonSchema.FromFileAsync(path).GetAwaiter().GetResult();
            }
            catch (Exception ex) when (ex is JsonException or Newtonsoft.Json.JsonException or InvalidOperationException or NotSupportedException)
            {
                throw new InvalidDataException($"Schema {path} cannot be loaded: {ex.Message}", ex);
            }
        }

        return new SchemaCatalog(loaded);
    }

    public SchemaReport Validate(SchemaKind kind, string json)
    {
        JsonNode? document;
        try
        {
            document = JsonNode.Parse(json);
        }
        catch (JsonException ex)
        {
            return new SchemaReport([new SchemaViolation("", "a JSON document", "text that is not JSON: " + ex.Message)], []);
        }

        var schema = schemas[kind];
        var violations = ViolationText.From(schema.Validate(json), document);
        var unknown = new List<string>();
        Drift.Collect(schema, document, "", unknown);
        return new SchemaReport(violations, unknown);
    }
}

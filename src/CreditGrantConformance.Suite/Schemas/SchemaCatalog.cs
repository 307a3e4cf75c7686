using System.Text.Json;
using CreditGrantConformance.Suite.Configuration;
using Json.Schema;

namespace CreditGrantConformance.Suite.Schemas;

/// <summary>The schemas of <c>schemas/</c>, loaded and built once, and the one place responses are validated.</summary>
public sealed class SchemaCatalog
{
    private static readonly Lazy<SchemaCatalog> Lazy = new(() => Load(SuiteContent.Schemas));

    // Most responses pass: a pass/fail answer is all they need, and it costs roughly half of a full one. Only a failing
    // response is evaluated again with hierarchical output, one result node per subschema shaped like the schema, which
    // is what lets a violation be followed into the anyOf branch the value was meant for. Annotations are never read.
    private static readonly EvaluationOptions Verdict = Options(OutputFormat.Flag);
    private static readonly EvaluationOptions Explanation = Options(OutputFormat.Hierarchical);

    private readonly SchemaDocuments documents;
    private readonly IReadOnlyDictionary<SchemaKind, (JsonSchema Schema, SchemaSite Root)> schemas;

    private SchemaCatalog(SchemaDocuments documents, IReadOnlyDictionary<SchemaKind, (JsonSchema, SchemaSite)> schemas)
    {
        this.documents = documents;
        this.schemas = schemas;
    }

    public static SchemaCatalog Default => Lazy.Value;

    public static string FileName(SchemaKind kind) => SchemaKinds.Name(kind) + ".schema.json";

    public static SchemaCatalog Load(string schemasDirectory)
    {
        foreach (var kind in Enum.GetValues<SchemaKind>())
        {
            var path = Path.Combine(schemasDirectory, FileName(kind));
            if (!File.Exists(path))
            {
                throw new FileNotFoundException(
                    $"Schema {path} is missing: every SchemaKind needs its file in schemas/.", path);
            }
        }

        var documents = SchemaDocuments.Read(schemasDirectory, Enum.GetValues<SchemaKind>().Select(FileName));

        // The registry is this catalog's own: catalogs loaded from two folders never see each other's schemas.
        var build = new BuildOptions { SchemaRegistry = new SchemaRegistry() };
        var schemas = new Dictionary<SchemaKind, (JsonSchema, SchemaSite)>();
        foreach (var kind in Enum.GetValues<SchemaKind>())
        {
            var root = documents.Root(FileName(kind));
            try
            {
                schemas[kind] = (JsonSchema.Build(root.Node, build, root.Document), root);
            }
            catch (Exception ex) when (ex is JsonSchemaException or JsonException or ArgumentException)
            {
                throw new InvalidDataException(
                    $"Schema {Path.Combine(schemasDirectory, FileName(kind))} cannot be loaded: {ex.Message}", ex);
            }
        }

        return new SchemaCatalog(documents, schemas);
    }

    public SchemaReport Validate(SchemaKind kind, string json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException ex)
        {
            return new SchemaReport(
                [new SchemaViolation("", "a JSON document", "text that is not JSON: " + ex.Message)],
                []);
        }

        using (document)
        {
            var (schema, root) = schemas[kind];
            var instance = document.RootElement;
            var violations = schema.Evaluate(instance, Verdict).IsValid
                ? []
                : ViolationText.From(documents, root, schema.Evaluate(instance, Explanation), instance);
            return new SchemaReport(violations, Drift.Collect(documents, root, instance));
        }
    }

    private static EvaluationOptions Options(OutputFormat format)
    {
        var options = new EvaluationOptions { OutputFormat = format };
        options.IgnoreAllAnnotations();
        return options;
    }
}

using System.Text.Json.Nodes;
using CreditGrantConformance.Operations;
using CreditGrantConformance.Results.Json;
using CreditGrantConformance.Suite.Assertions;
using CreditGrantConformance.Suite.Configuration;
using CreditGrantConformance.Suite.Schemas;

namespace CreditGrantConformance.SelfTests.Schemas;

/// <summary>
/// openapi/credit-grants.openapi.json, which third-party mocks such as Prism serve, says what schemas/ says: its
/// components.schemas are derived from schemas/ (<c>$defs</c> become <c>file.definition</c> components), its examples
/// pass the suite's own schemas, and it documents every operation the suite checks.
/// </summary>
public sealed class OpenApiDocumentTests
{
    private static readonly string Root = RepositoryLocator.FindRoot();
    private static readonly string DocumentPath = Path.Combine(Root, "openapi", "credit-grants.openapi.json");
    private static readonly JsonObject Document = JsonNode.Parse(File.ReadAllText(DocumentPath))!.AsObject();

    [Test]
    public void The_components_are_the_schemas_folder_derived()
    {
        var derived = Derive(Path.Combine(Root, "schemas"));
        var actual = Document["components"]!["schemas"]!.AsObject();

        var differing = derived.Select(d => d.Key).Union(actual.Select(a => a.Key))
            .Where(name => !JsonNode.DeepEquals(derived[name], actual[name]))
            .ToList();

        if (differing.Count > 0)
        {
            var received = Document.DeepClone().AsObject();
            received["components"]!["schemas"] = derived;
            var receivedPath = Path.ChangeExtension(DocumentPath, ".received.json");
            File.WriteAllText(receivedPath, received.ToJsonString(ReadableJson.Indented) + "\n");
            Assert.Fail(
                $"components.schemas differ from schemas/ in: {string.Join(", ", differing)}. The document with the"
                + $" derived components is {receivedPath}; review it and move it over the document.");
        }
    }

    [Test]
    public void Every_reference_resolves_inside_the_document_and_no_component_names_a_dialect()
    {
        // OpenAPI 3.1 reads its schemas as JSON Schema 2020-12 already, so a component needs no $schema; a reference
        // left pointing at a file of schemas/ would send a mock looking for a document it is not given.
        var unresolved = References(Document).Where(r => !ResolvesInside(r)).ToList();
        var withDialect = Document["components"]!["schemas"]!
            .AsObject()
            .Where(c => c.Value!["$schema"] is not null)
            .Select(c => c.Key)
            .ToList();

        Assert.Multiple(() =>
        {
            Assert.That(unresolved, Is.Empty);
            Assert.That(withDialect, Is.Empty);
        });
    }

    [Test]
    public void Every_example_passes_the_schema_of_its_response()
    {
        var catalog = SchemaCatalog.Load(Path.Combine(Root, "schemas"));
        var examples = Responses()
            .SelectMany(r => r.Media["examples"]!
                .AsObject()
                .Select(e => (r.Where, Kind: SchemaKinds.Of(ComponentOf(r.Media)), Value: e.Value!["value"]!)))
            .ToList();

        Assert.That(
            Enum.GetValues<SchemaKind>().Except(examples.Select(e => e.Kind)),
            Is.Empty,
            "schema kinds with no example in openapi/credit-grants.openapi.json: give the response of the operation "
            + "that answers each an example.");
        Assert.Multiple(() =>
        {
            foreach (var (where, kind, value) in examples)
            {
                var report = catalog.Validate(kind, value.ToJsonString());
                Assert.That(report.Violations, Is.Empty, $"{where}: the example is not a valid {kind}");
            }
        });
    }

    [Test]
    public void Every_operation_the_suite_sends_is_documented_with_its_path_and_operation_id()
    {
        var paths = Document["paths"]!.AsObject();
        var missing = ApiOperation.All
            .Where(o =>
                paths[o.PathTemplate]?[o.Method.Method.ToLowerInvariant()]?["operationId"]?.ToString() != o.OperationId)
            .Select(o => $"{o.Method} {o.PathTemplate} ({o.OperationId})");

        Assert.That(
            missing,
            Is.Empty,
            "operations of ApiOperation.All with no path, method and operationId in "
            + "openapi/credit-grants.openapi.json: add each (the coverage ledger reads its parameters there).");
    }

    /// <summary>
    /// The derivation: each file's schema under its file name, its $defs as file.definition, references rewritten.
    /// </summary>
    private static JsonObject Derive(string schemasDirectory)
    {
        var components = new JsonObject();
        var files = Directory.GetFiles(schemasDirectory, "*.schema.json").OrderBy(f => f, StringComparer.Ordinal);
        foreach (var file in files)
        {
            var stem = Path.GetFileName(file)[..^".schema.json".Length];
            var schema = JsonNode.Parse(File.ReadAllText(file))!.AsObject();
            var definitions = schema["$defs"]?.AsObject().ToDictionary(d => d.Key, d => d.Value!.DeepClone()) ?? [];
            schema.Remove("$defs");
            schema.Remove("$schema");
            schema.Remove("$id");
            components[stem] = Rewrite(schema, stem);
            foreach (var (name, definition) in definitions)
            {
                components[$"{stem}.{name}"] = Rewrite(definition, stem);
            }
        }

        return components;
    }

    private static JsonNode? Rewrite(JsonNode? node, string stem) => node switch
    {
        JsonObject o => new JsonObject(o.Select(p => KeyValuePair.Create(
            p.Key,
            p.Key == "$ref" && p.Value is JsonValue v
                ? JsonValue.Create(Reference(v.GetValue<string>(), stem))
                : Rewrite(p.Value, stem)))),
        JsonArray a => new JsonArray(a.Select(i => Rewrite(i, stem)).ToArray()),
        _ => node?.DeepClone(),
    };

    private static string Reference(string reference, string stem) =>
        reference.StartsWith("#/$defs/", StringComparison.Ordinal)
            ? $"#/components/schemas/{stem}.{reference["#/$defs/".Length..]}"
        : reference.EndsWith(".schema.json", StringComparison.Ordinal)
            ? "#/components/schemas/" + reference[..^".schema.json".Length]
        : reference;

    private static bool ResolvesInside(string reference) =>
        reference.StartsWith("#/", StringComparison.Ordinal)
        && PointerLookup.TryGet(Document, Uri.UnescapeDataString(reference[1..]), out var target)
        && target is not null;

    private static IEnumerable<string> References(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p =>
            p.Key == "$ref" && p.Value is JsonValue v ? [v.GetValue<string>()] : References(p.Value)),
        JsonArray a => a.SelectMany(References),
        _ => [],
    };

    private static IEnumerable<(string Where, JsonObject Media)> Responses() =>
        from path in Document["paths"]!.AsObject()
        from operation in path.Value!.AsObject()
        from response in operation.Value!["responses"]!.AsObject()
        let media = response.Value!["content"]?["application/json"] as JsonObject
        where media is not null
        select ($"{operation.Key.ToUpperInvariant()} {path.Key} {response.Key}", media);

    private static string ComponentOf(JsonObject media) =>
        media["schema"]!["$ref"]!.ToString()["#/components/schemas/".Length..];
}

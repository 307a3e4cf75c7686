using System.Text.Json;
using Json.Pointer;

namespace CreditGrantConformance.Suite.Schemas;

/// <summary>
/// The schema files as JSON, by the URI each is built under, and the <c>$ref</c>s between them. JsonSchema.Net says
/// where a value failed; what the schema wanted there (its types, enum members, limits, the properties it declares) is
/// read here from the file itself, so messages quote schemas/ and not the library's wording.
/// </summary>
internal sealed class SchemaDocuments
{
    private const int MaxRefChain = 32;

    // Every catalog builds its files under this base, wherever the folder is: "customer.schema.json" in a $ref is the
    // file beside it. Not file URIs, against which .NET on Linux resolves "#/$defs/x" as a path; .invalid is never
    // fetched.
    private static readonly Uri Base = new("https://credit-grant-conformance.invalid/schemas/");

    private readonly Dictionary<Uri, (string Path, JsonElement Root)> files;

    private SchemaDocuments(Dictionary<Uri, (string, JsonElement)> files) => this.files = files;

    public static SchemaDocuments Read(string directory, IEnumerable<string> fileNames)
    {
        var files = new Dictionary<Uri, (string, JsonElement)>();
        foreach (var name in fileNames)
        {
            var path = Path.Combine(directory, name);
            try
            {
                using var document = JsonDocument.Parse(File.ReadAllText(path));
                files[new Uri(Base, name)] = (path, document.RootElement.Clone());
            }
            catch (JsonException ex)
            {
                throw new InvalidDataException($"Schema {path} cannot be loaded: {ex.Message}", ex);
            }
        }

        var documents = new SchemaDocuments(files);
        documents.CheckReferences();
        return documents;
    }

    public SchemaSite Root(string fileName)
    {
        var uri = new Uri(Base, fileName);
        return new SchemaSite(uri, files[uri].Root);
    }

    /// <summary>
    /// The schema a site stands for once its <c>$ref</c>s are followed: where a branch's type and properties are.
    /// </summary>
    public SchemaSite Follow(SchemaSite site)
    {
        for (var i = 0; i < MaxRefChain && site.Keyword("$ref") is { ValueKind: JsonValueKind.String } reference; i++)
        {
            if (Resolve(site.Document, reference.GetString()!) is not { } target)
            {
                break;
            }

            site = target;
        }

        return site;
    }

    /// <summary>
    /// A reference is a file of schemas/, a JSON pointer into the same file, or both
    /// (<c>other.schema.json#/$defs/x</c>).
    /// </summary>
    public SchemaSite? Resolve(Uri from, string reference)
    {
        var target = new Uri(from, reference);
        var document = new Uri(target.GetLeftPart(UriPartial.Query));
        if (!files.TryGetValue(document, out var file))
        {
            return null;
        }

        var root = file.Root;
        var fragment = Uri.UnescapeDataString(target.Fragment.TrimStart('#'));
        if (fragment.Length == 0)
        {
            return new SchemaSite(document, root);
        }

        return JsonPointer.TryParse(fragment, out var pointer) && pointer.Evaluate(root) is { } node
            ? new SchemaSite(document, node)
            : null;
    }

    // JsonSchema.Net resolves references when a schema is built, and one it cannot find fails only the first response
    // that reaches it; checked here, a typo in schemas/ stops the run at load time and names the file.
    private void CheckReferences()
    {
        foreach (var (uri, (path, root)) in files)
        {
            foreach (var reference in References(root))
            {
                if (Resolve(uri, reference) is null)
                {
                    throw new InvalidDataException(
                        $"Schema {path} cannot be loaded: $ref \"{reference}\" "
                        + "does not resolve to a file of schemas/ or a place in one.");
                }
            }
        }
    }

    private static IEnumerable<string> References(JsonElement node) => node.ValueKind switch
    {
        JsonValueKind.Object => node.EnumerateObject()
            .SelectMany(p => p is { Name: "$ref", Value.ValueKind: JsonValueKind.String }
                ? [p.Value.GetString()!]
                : References(p.Value)),
        JsonValueKind.Array => node.EnumerateArray().SelectMany(References),
        _ => [],
    };
}

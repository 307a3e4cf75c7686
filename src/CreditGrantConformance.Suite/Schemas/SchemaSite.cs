using System.Text.Json;
using Json.Schema;

namespace CreditGrantConformance.Suite.Schemas;

/// <summary>
/// A subschema in one of the schema files: the one a node of JsonSchema.Net's results was evaluated against, or drift
/// stands at.
/// </summary>
internal readonly record struct SchemaSite(Uri Document, JsonElement Node)
{
    // Keywords whose value is one subschema, and those whose value is a list or a map of them.
    private static readonly HashSet<string> OneSubschema =
    [
        "items", "additionalProperties", "not", "if", "then", "else", "contains", "propertyNames",
        "unevaluatedItems", "unevaluatedProperties",
    ];
    private static readonly HashSet<string> ListOfSubschemas = ["anyOf", "allOf", "oneOf", "prefixItems"];
    private static readonly HashSet<string> MapOfSubschemas =
        ["properties", "patternProperties", "$defs", "dependentSchemas"];

    public JsonElement? Keyword(string name) =>
        Node.ValueKind == JsonValueKind.Object && Node.TryGetProperty(name, out var value) ? value : null;

    /// <summary>
    /// The site of a detail of <paramref name="parent"/>, from the part of its evaluation path below the parent's: the
    /// first segment is the keyword, and a list or map keyword adds the index or name (JsonSchema.Net 8 repeats
    /// <c>items</c> once more, which is why only the first segments are read).
    /// </summary>
    public SchemaSite? Child(SchemaDocuments documents, EvaluationResults parent, EvaluationResults detail)
    {
        var at = parent.EvaluationPath.SegmentCount;
        var path = detail.EvaluationPath;
        if (path.SegmentCount <= at)
        {
            return null;
        }

        var keyword = Segment(path[at].ToString());
        if (keyword == "$ref")
        {
            return Keyword("$ref") is { ValueKind: JsonValueKind.String } reference
                ? documents.Resolve(Document, reference.GetString()!)
                : null;
        }

        if (Keyword(keyword) is not { } value)
        {
            return null;
        }

        if (OneSubschema.Contains(keyword))
        {
            return this with { Node = value };
        }

        if (path.SegmentCount <= at + 1)
        {
            return null;
        }

        var key = Segment(path[at + 1].ToString());
        if (ListOfSubschemas.Contains(keyword) && value.ValueKind == JsonValueKind.Array)
        {
            return int.TryParse(key, out var index) && index >= 0 && index < value.GetArrayLength()
                ? this with { Node = value[index] }
                : null;
        }

        if (MapOfSubschemas.Contains(keyword) && value.ValueKind == JsonValueKind.Object)
        {
            return value.TryGetProperty(key, out var member) ? this with { Node = member } : null;
        }

        return null;
    }

    /// <summary>The index of the <c>anyOf</c> or <c>oneOf</c> branch a detail evaluated, when it is one.</summary>
    public static int? BranchIndex(EvaluationResults parent, EvaluationResults detail)
    {
        var at = parent.EvaluationPath.SegmentCount;
        var path = detail.EvaluationPath;
        if (path.SegmentCount <= at + 1 || Segment(path[at].ToString()) is not ("anyOf" or "oneOf"))
        {
            return null;
        }

        return int.TryParse(path[at + 1].ToString(), out var index) ? index : null;
    }

    // JsonSchema.Net hands segments out as written in the pointer, escapes included (RFC 6901: ~1 is '/', ~0 is '~').
    private static string Segment(string raw) =>
        raw.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
}

using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using NJsonSchema;
using NJsonSchema.Validation;

namespace CreditGrantConformance.Suite.Schemas;

/// <summary>Turns NJsonSchema's errors into pointer / expected / actual triples a reader can act on.</summary>
internal static partial class ViolationText
{
    public static IReadOnlyList<SchemaViolation> From(ICollection<ValidationError> errors, JsonNode? document) =>
        errors.Select(e => From(e, document)).Distinct().ToList();

    private static SchemaViolation From(ValidationError error, JsonNode? document)
    {
        var pointer = Pointer(error.Path);
        var actual = Assertions.JsonPointer.TryGet(document, pointer, out var value) ? Show(value) : "nothing (absent)";
        return new SchemaViolation(pointer, Expected(error), error.Kind == ValidationErrorKind.PropertyRequired ? "nothing (absent)" : actual);
    }

    private static string Expected(ValidationError error)
    {
        var schema = error.Schema?.ActualSchema;
        return error.Kind switch
        {
            ValidationErrorKind.PropertyRequired => $"required property '{error.Property}'",
            ValidationErrorKind.NotInEnumeration => "one of " + string.Join(", ", schema?.Enumeration.Select(v => v is null ? "null" : $"\"{v}\"") ?? []),
            ValidationErrorKind.PatternMismatch => $"a string matching {schema?.Pattern}",
            ValidationErrorKind.StringTooLong => $"a string of at most {schema?.MaxLength} characters",
            ValidationErrorKind.NotAnyOf or ValidationErrorKind.NotOneOf => "one of the allowed forms: " + Branches(error),
            _ when schema is not null && schema.Type != JsonObjectType.None => TypeName(schema.Type),
            _ => Words().Replace(error.Kind.ToString(), " $1").Trim().ToLowerInvariant(),
        };
    }

    private static string Branches(ValidationError error) => error is ChildSchemaValidationError child
        ? string.Join(" | ", child.Errors.Keys.Select(s => s.ActualSchema).Select(s => s.Type != JsonObjectType.None ? TypeName(s.Type) : s.Title ?? "an object"))
        : "(see schema)";

    private static string TypeName(JsonObjectType type) =>
        string.Join(" or ", Enum.GetValues<JsonObjectType>().Where(t => t != JsonObjectType.None && type.HasFlag(t)).Select(t => t.ToString().ToLowerInvariant()));

    private static string Show(JsonNode? value)
    {
        var text = value?.ToJsonString() ?? "null";
        var kind = value?.GetValueKind().ToString().ToLowerInvariant() ?? "null";
        return (text.Length > 80 ? text[..80] + "…" : text) + (value is null ? "" : $" ({kind})");
    }

    // NJsonSchema writes paths as "#/amount.monetary.value" and "#/data[0].id".
    internal static string Pointer(string? path)
    {
        if (string.IsNullOrEmpty(path) || path == "#")
        {
            return "";
        }

        var trimmed = path.StartsWith("#/", StringComparison.Ordinal) ? path[2..] : path.TrimStart('#');
        var withIndexes = Index().Replace(trimmed, ".$1");
        return "/" + string.Join('/', withIndexes.Split('.', StringSplitOptions.RemoveEmptyEntries).Select(s => s.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal)));
    }

    [GeneratedRegex(@"\[(\d+)\]")]
    private static partial Regex Index();

    [GeneratedRegex("([A-Z])")]
    private static partial Regex Words();
}

using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using NJsonSchema;
using NJsonSchema.Validation;

namespace CreditGrantConformance.Suite.Schemas;

/// <summary>Turns NJsonSchema's errors into pointer / expected / actual triples a reader can act on.</summary>
internal static partial class ViolationText
{
    public static IReadOnlyList<SchemaViolation> From(ICollection<ValidationError> errors, JsonNode? document) =>
        errors.SelectMany(e => Leaves(e, document)).Select(e => From(e, document)).Distinct().ToList();

    // Errors inside anyOf (customer, amount.monetary) or additionalProperties (metadata) are nested: report the ones
    // of the branch the value was meant for, so the pointer lands on the field at fault, not on its container.
    private static IEnumerable<ValidationError> Leaves(ValidationError error, JsonNode? document)
    {
        if (error is not ChildSchemaValidationError child || child.Errors.Count == 0)
        {
            return [error];
        }

        var candidates = child.Errors.Where(b => b.Value.Count > 0).ToList();
        if (error.Kind is ValidationErrorKind.NotAnyOf or ValidationErrorKind.NotOneOf)
        {
            Assertions.JsonPointer.TryGet(document, Pointer(error.Path), out var value);
            var meant = candidates.Where(b => Accepts(b.Key.ActualSchema, value)).ToList();
            if (meant.Count != 1)
            {
                return [error];
            }

            candidates = meant;
        }

        return candidates.SelectMany(b => b.Value).SelectMany(e => Leaves(e, document));
    }

    private static bool Accepts(JsonSchema schema, JsonNode? value) => value switch
    {
        JsonObject => schema.Type.HasFlag(JsonObjectType.Object) || schema.ActualProperties.Count > 0,
        JsonArray => schema.Type.HasFlag(JsonObjectType.Array),
        null => schema.Type.HasFlag(JsonObjectType.Null),
        _ => schema.Type.HasFlag(JsonObjectType.String) || schema.Type.HasFlag(JsonObjectType.Integer) || schema.Type.HasFlag(JsonObjectType.Number) || schema.Type.HasFlag(JsonObjectType.Boolean),
    };

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

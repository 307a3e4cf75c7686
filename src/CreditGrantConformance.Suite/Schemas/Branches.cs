using System.Text.Json;

namespace CreditGrantConformance.Suite.Schemas;

/// <summary>
/// Which branch of an <c>anyOf</c> a value was meant for (customer: an id, a customer or a deleted customer; monetary:
/// an object or null), so a violation inside it is reported at the field at fault rather than at the anyOf.
/// </summary>
internal static class Branches
{
    /// <summary>
    /// The one branch whose type fits the value, narrowed by the constants its properties carry; null when not one.
    /// </summary>
    public static int? Meant(SchemaDocuments documents, SchemaSite holder, JsonElement? value)
    {
        if (value is not { } instance || holder.Keyword("anyOf") is not { ValueKind: JsonValueKind.Array } anyOf)
        {
            return null;
        }

        var branches = anyOf.EnumerateArray().Select(b => documents.Follow(holder with { Node = b })).ToList();
        var fitting = Enumerable.Range(0, branches.Count).Where(i => Accepts(branches[i], instance)).ToList();
        if (fitting.Count > 1)
        {
            // Both customer forms are objects: "deleted" (const true, required, in the deleted one) tells them apart.
            var agreeing = fitting.Where(i => ConstantsAgree(branches[i], instance)).ToList();
            fitting = agreeing.Count > 0 ? agreeing : fitting;
        }

        return fitting.Count == 1 ? fitting[0] : null;
    }

    /// <summary>How a branch reads in a message: its title, else its type.</summary>
    public static string Describe(SchemaDocuments documents, SchemaSite holder) =>
        holder.Keyword("anyOf") is { ValueKind: JsonValueKind.Array } anyOf
            ? string.Join(
                " | ",
                anyOf.EnumerateArray().Select(b => documents.Follow(holder with { Node = b })).Select(Name))
            : "(see schema)";

    public static string TypeName(JsonElement type) => type.ValueKind == JsonValueKind.Array
        ? string.Join(" or ", type.EnumerateArray().Select(t => t.GetString()))
        : type.GetString() ?? "";

    private static string Name(SchemaSite branch) =>
        branch.Keyword("title")?.GetString() ?? (branch.Keyword("type") is { } type ? TypeName(type) : "an object");

    private static bool Accepts(SchemaSite branch, JsonElement value)
    {
        if (branch.Keyword("type") is { } type)
        {
            var types = type.ValueKind == JsonValueKind.Array
                ? type.EnumerateArray().Select(t => t.GetString()).ToList()
                : [type.GetString()];
            return types.Any(t => Fits(t, value));
        }

        if (branch.Keyword("const") is { } constant)
        {
            return Kind(constant) == Kind(value);
        }

        var describesAnObject = branch.Keyword("properties") is not null || branch.Keyword("required") is not null;
        return !describesAnObject || value.ValueKind == JsonValueKind.Object;
    }

    private static bool Fits(string? type, JsonElement value) => type switch
    {
        "object" => value.ValueKind == JsonValueKind.Object,
        "array" => value.ValueKind == JsonValueKind.Array,
        "string" => value.ValueKind == JsonValueKind.String,
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "null" => value.ValueKind == JsonValueKind.Null,
        "number" => value.ValueKind == JsonValueKind.Number,
        "integer" => value.ValueKind == JsonValueKind.Number
            && value.TryGetDecimal(out var number)
            && decimal.Truncate(number) == number,
        _ => false,
    };

    private static bool ConstantsAgree(SchemaSite branch, JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Object
            || branch.Keyword("properties") is not { ValueKind: JsonValueKind.Object } properties)
        {
            return true;
        }

        var required = branch.Keyword("required") is { ValueKind: JsonValueKind.Array } list
            ? list.EnumerateArray().Select(r => r.GetString()).ToHashSet()
            : [];
        foreach (var property in properties.EnumerateObject())
        {
            if (property.Value.ValueKind != JsonValueKind.Object
                || !property.Value.TryGetProperty("const", out var constant))
            {
                continue;
            }

            if (value.TryGetProperty(property.Name, out var actual)
                ? !JsonElement.DeepEquals(actual, constant)
                : required.Contains(property.Name))
            {
                return false;
            }
        }

        return true;
    }

    private static JsonValueKind Kind(JsonElement element) =>
        element.ValueKind == JsonValueKind.False ? JsonValueKind.True : element.ValueKind;
}

using System.Buffers;
using System.Text;
using System.Text.Json;
using CreditGrantConformance.Results.Json;

namespace CreditGrantConformance.Suite.Schemas;

/// <summary>
/// How a value of a response reads in a violation: compact JSON, cut at 80 characters, with its kind.
/// </summary>
internal static class Shown
{
    public const string Absent = "nothing (absent)";
    private const int MaxLength = 80;

    // For a reader, not for a browser: "é" and "<" stay as they came instead of turning into \u escapes.
    private static readonly JsonWriterOptions Readable = ReadableJson.Writer;

    public static string Value(JsonElement? value)
    {
        if (value is not { } element)
        {
            return Absent;
        }

        if (element.ValueKind == JsonValueKind.Null)
        {
            return "null";
        }

        var text = Compact(element);
        var kind = element.ValueKind is JsonValueKind.True or JsonValueKind.False
            ? "boolean"
            : element.ValueKind.ToString().ToLowerInvariant();
        return (text.Length > MaxLength ? text[..MaxLength] + "…" : text) + $" ({kind})";
    }

    // Stripe answers pretty-printed JSON; a violation is one line.
    public static string Compact(JsonElement element)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, Readable))
        {
            element.WriteTo(writer);
        }

        return JsonText.WithoutPairEscapes(Encoding.UTF8.GetString(buffer.WrittenSpan));
    }
}

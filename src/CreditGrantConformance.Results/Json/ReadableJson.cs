using System.Text.Encodings.Web;
using System.Text.Json;

namespace CreditGrantConformance.Results.Json;

/// <summary>
/// JSON written for people, one way everywhere (the server's answers, summaries, reports, archives, messages):
/// characters as they came ("é" and "&lt;" stay, no \u escapes), since none of it is embedded in a web page. Shared
/// by every project through the results library.
/// </summary>
public static class ReadableJson
{
    /// <summary>On one line.</summary>
    public static readonly JsonSerializerOptions Compact = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Indented, as Stripe writes its answers.</summary>
    public static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>For a <see cref="Utf8JsonWriter"/>, on one line.</summary>
    public static readonly JsonWriterOptions Writer = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}

using System.Text.Json;
using System.Text.Json.Nodes;
using CreditGrantConformance.Results.Json;

namespace CreditGrantConformance.Results.Summary;

/// <summary>
/// The one way <c>conformance-summary.json</c> is written and read: its name in a results directory and the
/// serialisation of <see cref="SummaryDocument"/> (snake_case names, indented, characters as they came).
/// </summary>
public static class SummaryFile
{
    public const string FileName = "conformance-summary.json";

    public static readonly JsonSerializerOptions Options = new(ReadableJson.Indented)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
    };

    /// <summary>The file's text, not yet redacted.</summary>
    public static string Text(SummaryDocument summary) => JsonSerializer.Serialize(summary, Options);

    /// <exception cref="JsonException">The text is not JSON or not a summary.</exception>
    public static SummaryDocument Parse(string json) =>
        JsonSerializer.Deserialize<SummaryDocument>(json, Options)
        ?? throw new JsonException("The summary is null, not an object.");

    /// <exception cref="JsonException">The JSON is not a summary.</exception>
    public static SummaryDocument From(JsonNode json) =>
        json.Deserialize<SummaryDocument>(Options) ?? throw new JsonException("The summary is null, not an object.");

    /// <summary>The summary of the results directory <paramref name="directory"/>.</summary>
    /// <exception cref="JsonException">The file is not JSON or not a summary.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static SummaryDocument ReadFrom(string directory) => Parse(File.ReadAllText(PathIn(directory)));

    public static string PathIn(string directory) => Path.Combine(directory, FileName);
}

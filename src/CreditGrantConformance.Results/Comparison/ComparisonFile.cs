using System.Text.Json;
using CreditGrantConformance.Results.Json;

namespace CreditGrantConformance.Results.Comparison;

/// <summary>
/// The one way the comparison's JSON report is written and read: the serialisation of <see cref="ComparisonDocument"/>
/// (snake_case names, indented, characters as they came, a final newline).
/// </summary>
public static class ComparisonFile
{
    public static readonly JsonSerializerOptions Options = new(ReadableJson.Indented)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
    };

    public static string Text(ComparisonDocument comparison) => JsonSerializer.Serialize(comparison, Options) + "\n";

    /// <exception cref="JsonException">The text is not JSON or not a comparison.</exception>
    public static ComparisonDocument Parse(string json) =>
        JsonSerializer.Deserialize<ComparisonDocument>(json, Options)
        ?? throw new JsonException("The comparison is null, not an object.");

    /// <exception cref="JsonException">The file is not JSON or not a comparison.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static ComparisonDocument Read(string path) => Parse(File.ReadAllText(path));
}

using System.Text.Json;
using System.Text.Json.Nodes;
using CreditGrantConformance.Results.Summary;

namespace CreditGrantConformance.Compare.Runs;

/// <summary>Reads a JSON file of a results directory; anything unreadable is bad input, said in one line.</summary>
internal static class JsonFile
{
    public static JsonNode? Read(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            return JsonNode.Parse(stream);
        }
        catch (JsonException ex)
        {
            throw new BadInputException($"{path} is not valid JSON: {ex.Message}");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new BadInputException($"{path} cannot be read: {ex.Message}");
        }
    }

    /// <summary>A run's summary, read through its one model.</summary>
    public static SummaryDocument ReadSummary(string path)
    {
        if (Read(path) is not JsonObject summary)
        {
            throw new BadInputException($"{path} is not a JSON object.");
        }

        try
        {
            return SummaryFile.From(summary);
        }
        catch (JsonException ex)
        {
            throw new BadInputException($"{path} is not a run summary: {ex.Message}");
        }
    }
}

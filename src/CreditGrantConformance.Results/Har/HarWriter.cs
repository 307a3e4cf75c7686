using System.Reflection;
using System.Text;
using System.Text.Json;
using CreditGrantConformance.Client;
using CreditGrantConformance.Results.Json;

namespace CreditGrantConformance.Results.Har;

/// <summary>
/// Writes every HTTP attempt of a run, in the order the run made them, as an HTTP archive (HAR 1.2) that browsers' dev
/// tools, HAR viewers and the run comparison (src/CreditGrantConformance.Compare) open. No pages: a run has no browser.
/// </summary>
public static class HarWriter
{
    private static readonly JsonWriterOptions Options = ReadableJson.Writer;

    /// <summary>
    /// Writes the archive into <paramref name="directory"/> through the redactor and returns its path;
    /// <paramref name="comment"/> says which run it is.
    /// </summary>
    public static string Write(
        string directory,
        string comment,
        IReadOnlyList<LoggedExchange> exchanges,
        Redactor redactor)
    {
        var path = Path.Combine(directory, HarFields.FileName);
        File.WriteAllText(path, redactor.Redact(Render(comment, exchanges)) + "\n");
        return path;
    }

    /// <summary>
    /// The archive of <paramref name="exchanges"/> as text, not yet redacted; <paramref name="comment"/> says which run
    /// it is.
    /// </summary>
    public static string Render(string comment, IReadOnlyList<LoggedExchange> exchanges)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteStartObject("log");
            json.WriteString("version", "1.2");
            json.WriteStartObject("creator");
            json.WriteString("name", "credit-grant-conformance");
            json.WriteString("version", Version());
            json.WriteEndObject();
            json.WriteStartArray("pages");
            json.WriteEndArray();
            json.WriteStartArray("entries");
            foreach (var logged in exchanges)
            {
                HarEntry.Write(json, logged);
            }

            json.WriteEndArray();
            json.WriteString("comment", comment);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static string Version() =>
        typeof(HarWriter).Assembly
            .GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0";
}

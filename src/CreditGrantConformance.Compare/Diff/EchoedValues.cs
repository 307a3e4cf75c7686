using System.Text.Json;
using System.Text.Json.Nodes;
using CreditGrantConformance.Client;

namespace CreditGrantConformance.Compare.Diff;

/// <summary>
/// The values a request sent, by the JSON pointer where a Stripe object echoes them (<c>metadata[tier]</c> →
/// <c>/metadata/tier</c>): a response field equal to the value sent at its path is an echo.
/// </summary>
public sealed class EchoedValues
{
    private readonly Dictionary<string, string> sent = new(StringComparer.Ordinal);

    public EchoedValues(IEnumerable<KeyValuePair<string, string>> form)
    {
        foreach (var (key, value) in form)
        {
            try
            {
                sent[FormParams.PointerOf(key)] = value;
            }
            catch (ArgumentException)
            {
                // A malformed name (a request broken on purpose) has no place an object could echo it at.
            }
        }
    }

    public string? SentAt(string pointer) => sent.GetValueOrDefault(pointer);

    public bool Echoes(string pointer, JsonNode? value) => SentAt(pointer) is { } text && FormText(value) == text;

    /// <summary>
    /// A JSON scalar as a form sends it: strings as they are, numbers and booleans as written, null as nothing.
    /// </summary>
    public static string? FormText(JsonNode? value) => value is JsonValue v
        ? v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : v.ToJsonString()
        : null;
}

using System.Text.RegularExpressions;

namespace CreditGrantConformance.Client;

/// <summary>
/// Replaces secrets in any text: the given keys, anything shaped like a Stripe key (the mode prefix is kept, it helps a
/// reader), and the credentials of Authorization headers.
/// </summary>
public sealed partial class Redactor
{
    public const string Mask = "[REDACTED]";
    private readonly string[] secrets;

    public Redactor(IEnumerable<string> secrets)
    {
        this.secrets = secrets
            .Where(s => s.Length >= 4)
            .Distinct(StringComparer.Ordinal)
            .OrderByDescending(s => s.Length)
            .ToArray();
    }

    public string Redact(string text)
    {
        foreach (var secret in secrets)
        {
            text = text.Replace(
                secret,
                KeyShape().IsMatch(secret) ? KeyShape().Replace(secret, m => m.Groups["prefix"].Value + Mask) : Mask,
                StringComparison.Ordinal);
        }

        text = KeyShape().Replace(text, m => m.Groups["prefix"].Value + Mask);
        return AuthorizationValue().Replace(text, m => m.Groups["name"].Value + Mask);
    }

    /// <summary>
    /// Credential headers keep only their scheme ("Bearer [REDACTED]"), which a reader needs to replay the request.
    /// </summary>
    public IReadOnlyList<KeyValuePair<string, string>> RedactHeaders(
        IEnumerable<KeyValuePair<string, string>> headers) =>
        headers
            .Select(h => KeyValuePair.Create(h.Key, IsCredential(h.Key) ? SchemeOf(h.Value) + Mask : Redact(h.Value)))
            .ToList();

    private static string SchemeOf(string value)
    {
        var scheme = value.Split(' ', 2)[0];
        return value.Contains(' ', StringComparison.Ordinal) && scheme.All(char.IsAsciiLetter) ? scheme + " " : "";
    }

    private static bool IsCredential(string header) =>
        header.Equals("Authorization", StringComparison.OrdinalIgnoreCase)
        || header.Equals("Proxy-Authorization", StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"(?<prefix>\b(?:sk|rk|pk)_(?:test|live)_)(?!\[REDACTED\])[A-Za-z0-9_]+")]
    private static partial Regex KeyShape();

    [GeneratedRegex(@"(?<name>Authorization:\s*(?:Bearer|Basic)\s+)(?!\[REDACTED\])\S+", RegexOptions.IgnoreCase)]
    private static partial Regex AuthorizationValue();
}

using System.Collections;
using System.Globalization;
using System.Text;

namespace CreditGrantConformance.Client;

/// <summary>
/// Stripe's form dialect, as its SDKs send it: <c>amount[monetary][value]=1000</c>, <c>expand[]=customer</c> for arrays
/// of scalars, <c>prices[0][id]=price_1</c> for arrays of objects, <c>metadata[key]=</c> (unset one key) and
/// <c>metadata=</c> for an empty object or empty string (clear all).
/// </summary>
public static class StripeForm
{
    public static IReadOnlyList<KeyValuePair<string, string>> Flatten(FormParams parameters)
    {
        var pairs = new List<KeyValuePair<string, string>>();
        foreach (var (key, value) in parameters)
        {
            Add(pairs, key, value);
        }

        return pairs;
    }

    public static string Encode(FormParams parameters) => Encode(Flatten(parameters));

    /// <summary>
    /// Pairs with every <c>key[]</c> numbered by position (<c>key[0]</c>, <c>key[1]</c>): Stripe reads both spellings
    /// of an array the same, and SDKs differ in which they send, so pairs are compared in this form.
    /// </summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Canonical(IEnumerable<KeyValuePair<string, string>> pairs)
    {
        var next = new Dictionary<string, int>(StringComparer.Ordinal);
        return pairs.Select(p =>
        {
            var key = p.Key;
            for (var open = key.IndexOf("[]", StringComparison.Ordinal);
                open >= 0;
                open = key.IndexOf("[]", StringComparison.Ordinal))
            {
                var prefix = key[..open];
                var index = next.GetValueOrDefault(prefix);
                next[prefix] = index + 1;
                key = $"{prefix}[{index}]{key[(open + 2)..]}";
            }

            return KeyValuePair.Create(key, p.Value);
        }).ToList();
    }

    public static string Encode(IEnumerable<KeyValuePair<string, string>> pairs) =>
        string.Join('&', pairs.Select(p => EscapeKey(p.Key) + "=" + Escape(p.Value)));

    /// <summary>The pairs of a form body or query string, in order, with '+' and %XX decoded.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Decode(string encoded) => encoded.TrimStart('?')
        .Split('&', StringSplitOptions.RemoveEmptyEntries)
        .Select(part => part.Split('=', 2))
        .Select(kv => KeyValuePair.Create(Unescape(kv[0]), kv.Length > 1 ? Unescape(kv[1]) : ""))
        .ToList();

    /// <summary>
    /// Form escaping (space as '+', UTF-8 bytes as %XX) of everything but RFC 3986 unreserved characters.
    /// </summary>
    public static string Escape(string value)
    {
        var text = new StringBuilder(value.Length);
        foreach (var b in Encoding.UTF8.GetBytes(value))
        {
            var c = (char)b;
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '~')
            {
                text.Append(c);
            }
            else if (c == ' ')
            {
                text.Append('+');
            }
            else
            {
                text.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
        }

        return text.ToString();
    }

    private static string Unescape(string text) => Uri.UnescapeDataString(text.Replace('+', ' '));

    // Brackets stay literal in keys, as stripe-ruby and stripe-dotnet send them, so logs and curl lines stay readable.
    private static string EscapeKey(string key) =>
        Escape(key).Replace("%5B", "[", StringComparison.Ordinal).Replace("%5D", "]", StringComparison.Ordinal);

    private static void Add(List<KeyValuePair<string, string>> pairs, string key, object? value)
    {
        switch (value)
        {
            case null:
                return;
            case string s:
                pairs.Add(KeyValuePair.Create(key, s));
                return;
            case bool b:
                pairs.Add(KeyValuePair.Create(key, b ? "true" : "false"));
                return;
            case DateTimeOffset time:
                pairs.Add(KeyValuePair.Create(key, time.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)));
                return;
            case FormParams { Count: 0 }:
                pairs.Add(KeyValuePair.Create(key, ""));
                return;
            case FormParams form:
                foreach (var (child, childValue) in form)
                {
                    Add(pairs, $"{key}[{child}]", childValue);
                }

                return;
            case IEnumerable sequence:
                AddArray(pairs, key, sequence.Cast<object?>().ToList());
                return;
            case IFormattable number:
                pairs.Add(KeyValuePair.Create(key, number.ToString(null, CultureInfo.InvariantCulture)));
                return;
            default:
                throw new ArgumentException(
                    $"Parameter '{key}' has a value of type {value.GetType().Name}, "
                    + "which Stripe's form encoding cannot express.");
        }
    }

    private static void AddArray(List<KeyValuePair<string, string>> pairs, string key, List<object?> items)
    {
        if (items.Count == 0)
        {
            pairs.Add(KeyValuePair.Create(key, ""));
            return;
        }

        var indexed = items.Exists(i => i is FormParams or (IEnumerable and not string));
        for (var i = 0; i < items.Count; i++)
        {
            Add(pairs, indexed ? $"{key}[{i}]" : key + "[]", items[i]);
        }
    }
}

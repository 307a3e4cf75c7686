using System.Text;
using CreditGrantConformance.ReferenceServer.Rules;

namespace CreditGrantConformance.ReferenceServer.Infrastructure;

/// <summary>
/// Parses Stripe's bracketed form encoding (<c>a[b][0][c]=v</c>, <c>a[]=v</c>) into a tree, rejecting what Stripe
/// cannot mean: a name that is both a value and an object, unbalanced brackets, mixed array styles. Like Rack, an index
/// is a key (<c>metadata[7]</c> is a key "7"); where a parameter is an array, <see cref="ParamReader.AsArray"/> reads
/// indexes.
/// </summary>
public static class FormParser
{
    public static FormObject Parse(IEnumerable<KeyValuePair<string, string>> pairs)
    {
        var root = new FormObject();
        foreach (var (name, value) in pairs)
        {
            Insert(root, name, value);
        }

        return root;
    }

    /// <summary>
    /// Decodes application/x-www-form-urlencoded text; a byte sequence that is not UTF-8 is an error, not a guess.
    /// </summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Decode(string text)
    {
        var pairs = new List<KeyValuePair<string, string>>();
        foreach (var part in text.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            var name = equals < 0 ? part : part[..equals];
            var value = equals < 0 ? "" : part[(equals + 1)..];
            pairs.Add(KeyValuePair.Create(Unescape(name), Unescape(value)));
        }

        return pairs;
    }

    private static string Unescape(string text)
    {
        var bytes = new List<byte>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '+')
            {
                bytes.Add((byte)' ');
            }
            else if (c == '%' && i + 2 < text.Length && Uri.IsHexDigit(text[i + 1]) && Uri.IsHexDigit(text[i + 2]))
            {
                bytes.Add(Convert.ToByte(text.Substring(i + 1, 2), 16));
                i += 2;
            }
            else if (c <= '\u00ff')
            {
                // Bodies are read as Latin-1, one char per byte, so raw bytes survive to be checked as UTF-8 here.
                bytes.Add((byte)c);
            }
            else
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(c.ToString()));
            }
        }

        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes.ToArray());
        }
        catch (DecoderFallbackException)
        {
            throw new ApiException(StripeError.Invalid(
                "The request contains bytes that are not valid UTF-8. Encode parameters as UTF-8."));
        }
    }

    private static void Insert(FormObject root, string name, string value)
    {
        var segments = Segments(name);
        FormNode container = root;
        for (var i = 0; i < segments.Count; i++)
        {
            var segment = segments[i];
            var last = i == segments.Count - 1;
            var path = Path(segments, i);
            if (segment.Length == 0)
            {
                if (!last || container is not FormArray array)
                {
                    throw Conflict(path);
                }

                array.Items.Add(new FormText(value));
                return;
            }

            if (container is not FormObject obj)
            {
                throw Conflict(path);
            }

            if (last)
            {
                if (obj[segment] is FormObject or FormArray)
                {
                    throw Conflict(path);
                }

                obj.Children[segment] = new FormText(value);
                return;
            }

            FormNode next = segments[i + 1].Length == 0 ? new FormArray() : new FormObject();
            var existing = obj[segment];
            if (existing is null)
            {
                obj.Children[segment] = next;
                existing = next;
            }
            else if (existing.GetType() != next.GetType())
            {
                throw Conflict(path);
            }

            container = existing;
        }
    }

    private static List<string> Segments(string name)
    {
        var open = name.IndexOf('[', StringComparison.Ordinal);
        if (open == 0 || name.Length == 0 || (open < 0 && name.Contains(']', StringComparison.Ordinal)))
        {
            throw new ApiException(StripeError.Invalid(
                $"Invalid parameter name '{name}': a name starts with a letter and nests with balanced brackets, "
                + "like amount[monetary][value].",
                name));
        }

        if (open < 0)
        {
            return [name];
        }

        var segments = new List<string> { name[..open] };
        var rest = name[open..];
        while (rest.Length > 0)
        {
            var close = rest.IndexOf(']', StringComparison.Ordinal);
            if (rest[0] != '[' || close < 0 || rest[1..close].Contains('[', StringComparison.Ordinal))
            {
                throw new ApiException(StripeError.Invalid(
                    $"Invalid parameter name '{name}': brackets are unbalanced.", name));
            }

            segments.Add(rest[1..close]);
            rest = rest[(close + 1)..];
        }

        return segments;
    }

    private static string Path(List<string> segments, int upTo) =>
        segments[0] + string.Concat(segments.Skip(1).Take(upTo).Select(s => $"[{s}]"));

    private static ApiException Conflict(string path) =>
        new(StripeError.Invalid(
            $"Conflicting values for parameter {path}: it was sent both as a value and as a nested object or array.",
            path));
}

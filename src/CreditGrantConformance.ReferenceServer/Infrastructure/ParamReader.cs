using System.Globalization;

namespace CreditGrantConformance.ReferenceServer.Infrastructure;

/// <summary>Typed reads of form parameters with Stripe's errors for the wrong shape (B.3). An empty value means "unset".</summary>
public static class ParamReader
{
    public static bool IsAbsent(FormNode? node) => node is null or FormText { Value.Length: 0 };

    public static FormObject RequireObject(FormObject parent, string name, string path)
    {
        return parent[name] switch
        {
            FormObject obj => obj,
            var node when IsAbsent(node) => throw new ApiException(StripeError.Missing(path)),
            _ => throw new ApiException(StripeError.Invalid($"Invalid object: {path} must be a hash of parameters, like {path}[key]=value.", path)),
        };
    }

    public static string? Text(FormObject parent, string name, string path) => parent[name] switch
    {
        null => null,
        FormText text => text.Value.Length == 0 ? null : text.Value,
        _ => throw new ApiException(StripeError.Invalid($"Invalid string: {path} must be a single value, not a hash or an array.", path)),
    };

    public static string RequireText(FormObject parent, string name, string path) =>
        Text(parent, name, path) ?? throw new ApiException(StripeError.Missing(path));

    public static long? Integer(FormObject parent, string name, string path)
    {
        var text = Text(parent, name, path);
        if (text is null)
        {
            return null;
        }

        return long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new ApiException(StripeError.InvalidInteger(path, $"Invalid integer: {text}"));
    }

    public static string Enum(FormObject parent, string name, string path, params string[] allowed)
    {
        var text = RequireText(parent, name, path);
        return allowed.Contains(text, StringComparer.Ordinal)
            ? text
            : throw new ApiException(StripeError.Invalid($"Invalid {path}: must be one of {string.Join(" or ", allowed)}", path));
    }

    /// <summary>An array parameter: <c>a[]=…</c>, or an object whose keys are all indexes (<c>a[0][id]=…</c>), in index order.</summary>
    public static FormArray? AsArray(FormNode? node) => node switch
    {
        FormArray array => array,
        FormObject obj when obj.Children.Count > 0 && obj.Children.Keys.All(k => k.Length is > 0 and < 6 && k.All(char.IsAsciiDigit)) =>
            new FormArray(obj.Children.OrderBy(c => int.Parse(c.Key, System.Globalization.CultureInfo.InvariantCulture)).Select(c => c.Value).ToList()),
        _ => null,
    };

    public static IReadOnlyList<string> Expand(FormObject parameters, params string[] allowed)
    {
        var items = parameters["expand"] switch
        {
            null => [],
            var node when AsArray(node) is { } array => array.Items.Select(i => (i as FormText)?.Value ?? "").ToList(),
            FormText { Value.Length: 0 } => [],
            _ => throw new ApiException(StripeError.Invalid("Invalid array: expand must be an array, like expand[]=customer.", "expand")),
        };
        var bad = items.FirstOrDefault(i => !allowed.Contains(i, StringComparer.Ordinal));
        return bad is null ? items : throw new ApiException(StripeError.Invalid($"This property cannot be expanded ({bad}).", "expand"));
    }
}

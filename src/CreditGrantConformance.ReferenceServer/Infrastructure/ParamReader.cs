using System.Globalization;
using CreditGrantConformance.ReferenceServer.Rules;

namespace CreditGrantConformance.ReferenceServer.Infrastructure;

/// <summary>
/// Typed reads of form parameters with Stripe's errors for the wrong type. An empty value means "unset".
/// </summary>
public static class ParamReader
{
    public static bool IsAbsent(FormNode? node) => node is null or FormText { Value.Length: 0 };

    /// <summary>A nested object, or null when it is absent or empty; text where an object belongs is refused.</summary>
    public static FormObject? OptionalObject(FormObject parent, string name, string path) => parent[name] switch
    {
        FormObject obj => obj,
        var node when IsAbsent(node) => null,
        _ => throw new ApiException(StripeError.Invalid(
            $"Invalid object: {path} must be a hash of parameters, like {path}[key]=value.", path)),
    };

    public static string? Text(FormObject parent, string name, string path) => parent[name] switch
    {
        null => null,
        FormText text => text.Value.Length == 0 ? null : text.Value,
        _ => throw new ApiException(StripeError.Invalid(
            $"Invalid string: {path} must be a single value, not a hash or an array.", path)),
    };

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

    /// <summary>
    /// An array parameter: <c>a[]=…</c>, or an object whose keys are all indexes (<c>a[0][id]=…</c>), in index
    /// order.
    /// </summary>
    public static FormArray? AsArray(FormNode? node) => node switch
    {
        FormArray array => array,
        FormObject obj when obj.Children.Count > 0
            && obj.Children.Keys.All(k => k.Length is > 0 and < 6 && k.All(char.IsAsciiDigit)) =>
            new FormArray(obj.Children
                .OrderBy(c => int.Parse(c.Key, System.Globalization.CultureInfo.InvariantCulture))
                .Select(c => c.Value)
                .ToList()),
        _ => null,
    };

    /// <summary>
    /// The expand[] paths as sent; whether they can be expanded is a rule (<see cref="ParamRules.ExpandablePaths"/>).
    /// </summary>
    public static IReadOnlyList<string> ExpandPaths(FormObject parameters) => parameters["expand"] switch
    {
        null => [],
        var node when AsArray(node) is { } array => array.Items.Select(i => (i as FormText)?.Value ?? "").ToList(),
        FormText { Value.Length: 0 } => [],
        _ => throw new ApiException(StripeError.Invalid(
            "Invalid array: expand must be an array, like expand[]=customer.", "expand")),
    };
}

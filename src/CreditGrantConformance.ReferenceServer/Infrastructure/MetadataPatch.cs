using CreditGrantConformance.ReferenceServer.Rules;

namespace CreditGrantConformance.ReferenceServer.Infrastructure;

/// <summary>
/// A metadata parameter as Stripe's metadata guide describes updates: <c>metadata[key]=value</c> sets a key,
/// <c>metadata[key]=</c> unsets it, <c>metadata=</c> clears all; keys not named are kept (updates merge).
/// </summary>
public sealed record MetadataPatch(
    bool ClearAll,
    IReadOnlyList<KeyValuePair<string, string>> Set,
    IReadOnlyList<string> Unset)
{
    public static IReadOnlyDictionary<string, string> Empty { get; } =
        new Dictionary<string, string>(StringComparer.Ordinal);

    public static MetadataPatch? Read(FormNode? node) => node switch
    {
        null => null,
        FormText { Value.Length: 0 } => new MetadataPatch(true, [], []),
        FormObject obj => new MetadataPatch(
            false,
            obj.Children.Select(c => KeyValuePair.Create(c.Key, Value(c.Key, c.Value)))
                .Where(c => c.Value.Length > 0).ToList(),
            obj.Children.Where(c => c.Value is FormText { Value.Length: 0 }).Select(c => c.Key).ToList()),
        _ => throw new ApiException(StripeError.Invalid(
            "Invalid object: metadata must be a hash like metadata[key]=value, or empty to clear it.", "metadata")),
    };

    public IReadOnlyDictionary<string, string> ApplyTo(IReadOnlyDictionary<string, string> current)
    {
        var next = ClearAll
            ? new Dictionary<string, string>(StringComparer.Ordinal)
            : new Dictionary<string, string>(current, StringComparer.Ordinal);
        foreach (var (key, value) in Set)
        {
            next[key] = value;
        }

        foreach (var key in Unset)
        {
            next.Remove(key);
        }

        return next.Count == 0 ? Empty : next;
    }

    private static string Value(string key, FormNode node) => node is FormText text
        ? text.Value
        : throw new ApiException(StripeError.Invalid(
            $"Invalid value for metadata[{key}]: metadata values must be strings.", $"metadata[{key}]"));
}

using CreditGrantConformance.ReferenceServer.Infrastructure;

namespace CreditGrantConformance.ReferenceServer.CreditGrants;

/// <summary>
/// Metadata as docs.stripe.com/metadata describes it (B.7): at most 50 keys, keys up to 40 characters, values up to 500;
/// updates merge, <c>metadata[key]=</c> unsets one key, <c>metadata=</c> clears all.
/// </summary>
public static class MetadataRules
{
    public const int MaxKeys = 50;
    public const int MaxKeyLength = 40;
    public const int MaxValueLength = 500;

    public static IReadOnlyDictionary<string, string> Apply(IReadOnlyDictionary<string, string> current, FormNode? change, bool replace, bool enforceLimits = true, bool emptyUnsets = true)
    {
        switch (change)
        {
            case null:
                return current;
            case FormText { Value.Length: 0 }:
                return new Dictionary<string, string>();
            case FormObject obj:
                var next = replace ? new Dictionary<string, string>(StringComparer.Ordinal) : new Dictionary<string, string>(current, StringComparer.Ordinal);
                foreach (var (key, node) in obj.Children)
                {
                    var path = $"metadata[{key}]";
                    if (node is not FormText text)
                    {
                        throw new ApiException(StripeError.Invalid($"Invalid value for {path}: metadata values must be strings.", path));
                    }

                    if (key.Length > MaxKeyLength && enforceLimits)
                    {
                        throw new ApiException(StripeError.Invalid($"Metadata keys can have up to {MaxKeyLength} characters; '{key}' has {key.Length}.", path));
                    }

                    if (text.Value.Length > MaxValueLength && enforceLimits)
                    {
                        throw new ApiException(StripeError.Invalid($"Metadata values can have up to {MaxValueLength} characters; the value of '{key}' has {text.Value.Length}.", path));
                    }

                    if (text.Value.Length == 0 && emptyUnsets)
                    {
                        next.Remove(key);
                    }
                    else
                    {
                        next[key] = text.Value;
                    }
                }

                return next.Count <= MaxKeys || !enforceLimits
                    ? next
                    : throw new ApiException(StripeError.Invalid($"Metadata can have up to {MaxKeys} keys; this request would leave {next.Count}.", "metadata"));
            default:
                throw new ApiException(StripeError.Invalid("Invalid object: metadata must be a hash like metadata[key]=value, or empty to clear it.", "metadata"));
        }
    }
}

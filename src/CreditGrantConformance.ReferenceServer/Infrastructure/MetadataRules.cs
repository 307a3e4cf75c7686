using CreditGrantConformance.ReferenceServer.Rules;

namespace CreditGrantConformance.ReferenceServer.Infrastructure;

/// <summary>
/// Metadata limits from Stripe's metadata guide: at most 50 keys, keys up to 40 characters, values up to 500. They
/// judge the metadata a request would leave, and are checked under the name of the operation (create, update,
/// customer.create).
/// </summary>
public static class MetadataRules
{
    private const string Guide = "Stripe's metadata guide (docs.stripe.com/metadata)";

    public static readonly Rule<IReadOnlyDictionary<string, string>> KeyLength =
        Rule.MaxLength<IReadOnlyDictionary<string, string>>(
            "metadata.key_length", Provenance.Documented, Guide + ": key names are at most 40 characters long", 40,
            metadata => metadata.Keys.Select(k => ($"metadata[{k}]", k)),
            b => StripeError.Invalid(
                $"Metadata keys can have up to {b.Limit} characters; '{b.Text}' has {b.Length}.", b.Param));

    public static readonly Rule<IReadOnlyDictionary<string, string>> ValueLength =
        Rule.MaxLength<IReadOnlyDictionary<string, string>>(
            "metadata.value_length", Provenance.Documented,
            Guide + ": values are at most 500 characters long (the spec's maxLength 500)", 500,
            metadata => metadata.Select(m => ($"metadata[{m.Key}]", m.Value)),
            b => StripeError.Invalid(
                $"Metadata values can have up to {b.Limit} characters; the value of {b.Param} has {b.Length}.",
                b.Param));

    public static readonly Rule<IReadOnlyDictionary<string, string>> MaxKeys =
        Rule.AtMost<IReadOnlyDictionary<string, string>>(
            "metadata.max_keys", Provenance.Documented, Guide + ": an object holds at most 50 keys", 50,
            metadata => metadata.Count,
            (count, limit) => StripeError.Invalid(
                $"Metadata can have up to {limit} keys; this request would leave {count}.", "metadata"));

    public static readonly RuleList<IReadOnlyDictionary<string, string>> All =
        new("metadata", [KeyLength, ValueLength, MaxKeys]);
}

using CreditGrantConformance.Client;

namespace CreditGrantConformance.Suite.Properties;

/// <summary>
/// A generated update: metadata changes ("" unsets a key) and optionally expires_at (-1 means "" to clear it).
/// </summary>
public sealed record UpdateSpec(IReadOnlyList<KeyValuePair<string, string>> Metadata, long? ExpiresAt)
{
    public FormParams ToParams()
    {
        var request = new FormParams();
        // Keys are set on the metadata object itself: a key such as "7" is a key, not an array index.
        var metadata = request["metadata"] as FormParams ?? [];
        foreach (var (key, value) in Metadata)
        {
            metadata[key] = value;
        }

        request["metadata"] = metadata.Count > 0 ? metadata : null;

        request["expires_at"] = ExpiresAt switch
        {
            null => null,
            -1 => "",
            var at => at,
        };
        return request;
    }

    public override string ToString() => Readable.Pairs(ToParams());
}

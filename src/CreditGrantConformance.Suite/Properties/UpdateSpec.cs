using CreditGrantConformance.Client;

namespace CreditGrantConformance.Suite.Properties;

/// <summary>A generated update: metadata changes ("" unsets a key) and optionally expires_at (-1 means "" to clear it).</summary>
public sealed record UpdateSpec(IReadOnlyList<KeyValuePair<string, string>> Metadata, long? ExpiresAt)
{
    public FormParams ToParams()
    {
        var request = new FormParams();
        foreach (var (key, value) in Metadata)
        {
            request.SetPath($"metadata[{key}]", value);
        }

        request["expires_at"] = ExpiresAt switch
        {
            null => null,
            -1 => "",
            var at => at,
        };
        return request;
    }

    public override string ToString() => StripeForm.Encode(ToParams());
}

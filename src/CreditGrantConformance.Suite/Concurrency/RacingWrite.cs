using CreditGrantConformance.Client;
using CreditGrantConformance.Suite.Http;

namespace CreditGrantConformance.Suite.Concurrency;

/// <summary>
/// One write raced against the others on a grant, and the model of what it does when applied: the grant as it is
/// before and the grant it answered give the grant it must leave. Expire and void stamp a time the client cannot know,
/// so the model takes it from their answer (when it is missing, no order explains the answer).
/// </summary>
public sealed record RacingWrite(
    string Name,
    Func<CreditGrantApi, string, Task<StripeResponse>> Send,
    Func<GrantView, GrantView, GrantView> Effect)
{
    /// <summary>Update: expires_at moves to <paramref name="expiresAt"/>, the key merges into the metadata.</summary>
    public static RacingWrite Update(long expiresAt, string key, string value) => new(
        "update",
        (api, id) => api.UpdateAsync(id, new FormParams
        {
            ["expires_at"] = expiresAt,
            ["metadata"] = new FormParams { [key] = value },
        }),
        (before, _) => before with { ExpiresAt = expiresAt, Metadata = before.Metadata.SetItem(key, value) });

    /// <summary>Expire: expires_at becomes the time of the request.</summary>
    public static RacingWrite Expire() => new(
        "expire",
        (api, id) => api.ExpireAsync(id),
        (before, answered) => before with { ExpiresAt = answered.ExpiresAt ?? long.MinValue });

    /// <summary>Void: voided_at becomes the time of the request.</summary>
    public static RacingWrite Void() => new(
        "void",
        (api, id) => api.VoidAsync(id),
        (before, answered) => before with { VoidedAt = answered.VoidedAt ?? long.MinValue });
}

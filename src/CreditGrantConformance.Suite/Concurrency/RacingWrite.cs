using CreditGrantConformance.Client;
using CreditGrantConformance.Suite.Http;
using CreditGrantConformance.Suite.Requests;

namespace CreditGrantConformance.Suite.Concurrency;

/// <summary>
/// One write raced against the others on a grant, and the model of what it does when applied: it changes its own
/// fields, as its answer gives them, and carries every other field over from the grant as the writes before it left it.
/// What each write sets is judged by the checks of its operation; this model judges only what races break, the
/// carrying over. None of the three is refused in any state Stripe documents, except a void after an expire, an
/// assumption the model leaves open (a refused write did nothing).
/// </summary>
public sealed record RacingWrite(
    string Name,
    Func<CreditGrantApi, string, Task<StripeResponse>> Send,
    Func<GrantView, GrantView, GrantView> Effect)
{
    /// <summary>Update: the key merges into the metadata (an update of metadata alone is taken in any state).</summary>
    public static RacingWrite Update(string key, string value) => new(
        "update",
        (api, id) => api.UpdateAsync(id, GrantRequests.Metadata(key, value)),
        (before, answered) => before with { Metadata = answered.Metadata });

    /// <summary>Expire: expires_at becomes the time of the request.</summary>
    public static RacingWrite Expire() => new(
        "expire",
        (api, id) => api.ExpireAsync(id),
        (before, answered) => before with { ExpiresAt = answered.ExpiresAt });

    /// <summary>Void: voided_at becomes the time of the request.</summary>
    public static RacingWrite Void() => new(
        "void",
        (api, id) => api.VoidAsync(id),
        (before, answered) => before with { VoidedAt = answered.VoidedAt });
}

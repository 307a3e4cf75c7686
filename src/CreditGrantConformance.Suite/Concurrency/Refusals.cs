using CreditGrantConformance.Client;

namespace CreditGrantConformance.Suite.Concurrency;

/// <summary>
/// What an answer to a request sent among others says was done. Stripe answers a request that conflicts with one still
/// running 409 (error code idempotency_key_in_use) and one that waited too long for a locked object or hit a limiter
/// 429 (lock_timeout, rate_limit); either saves nothing, so the request counts as not applied.
/// </summary>
public static class Refusals
{
    private static readonly string[] ConflictCodes = ["idempotency_key_in_use", "lock_timeout", "rate_limit"];

    public static bool Applied(StripeResponse response) => response.StatusCode is >= 200 and < 300;

    /// <summary>
    /// A refusal in Stripe's error envelope that says the request ran into another one and did nothing: a 409 or 429,
    /// or any 4xx with one of those codes (the status of idempotency_key_in_use is not documented).
    /// </summary>
    public static bool IsConflictOrLimit(StripeResponse response) =>
        IsRefusal(response) && (response.StatusCode is 409 or 429 || ConflictCodes.Contains(Code(response)));

    /// <summary>Any refusal in Stripe's error envelope (a state Stripe may refuse, a conflict, a limit).</summary>
    public static bool IsRefusal(StripeResponse response) =>
        response.StatusCode is >= 400 and < 500 && ApiError.From(response)?.Type is not null;

    public static string Describe(StripeResponse response) =>
        ApiError.From(response) is { Type: { } type } error
            ? $"HTTP {response.StatusCode} {type}{(error.Code is { } code ? " " + code : "")}"
            : $"HTTP {response.StatusCode}";

    private static string? Code(StripeResponse response) => ApiError.From(response)?.Code;
}

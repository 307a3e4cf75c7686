using CreditGrantConformance.Client;

namespace CreditGrantConformance.Suite.Concurrency;

/// <summary>
/// What an answer to a request sent among others says was done. Stripe answers a request that conflicts with one still
/// running 409 (error code idempotency_key_in_use) and one that waited too long for a locked object or hit a limiter
/// 429 (lock_timeout, rate_limit); either saves nothing, so the request counts as not applied.
/// </summary>
public static class Refusals
{
    public static bool Applied(StripeResponse response) => response.StatusCode is >= 200 and < 300;

    /// <summary>A 409 or 429 in Stripe's error envelope: the request ran into another one and did nothing.</summary>
    public static bool IsConflictOrLimit(StripeResponse response) =>
        response.StatusCode is 409 or 429 && HasEnvelope(response);

    /// <summary>Any refusal in Stripe's error envelope (a state Stripe may refuse, a conflict, a limit).</summary>
    public static bool IsRefusal(StripeResponse response) =>
        response.StatusCode is >= 400 and < 500 && HasEnvelope(response);

    public static string Describe(StripeResponse response) =>
        response.Json?["error"] is { } error
            ? $"HTTP {response.StatusCode} {error["type"]}{(error["code"] is { } code ? " " + code : "")}"
            : $"HTTP {response.StatusCode}";

    private static bool HasEnvelope(StripeResponse response) =>
        response.Json?["error"]?["type"] is System.Text.Json.Nodes.JsonValue;
}

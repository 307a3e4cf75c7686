namespace CreditGrantConformance.ReferenceServer.CreditGrants;

/// <summary>
/// ISO 4217 codes Stripe supports for charges in most countries: enough for a faithful "format: currency" check.
/// </summary>
public static class Currencies
{
    private static readonly HashSet<string> Known = new(StringComparer.Ordinal)
    {
        "usd", "eur", "gbp", "jpy", "cad", "aud", "nzd", "chf", "sek", "nok", "dkk", "pln", "czk", "huf", "ron", "bgn",
        "inr", "sgd", "hkd", "mxn", "brl", "zar", "aed", "thb", "myr", "php", "idr", "krw", "ils", "try", "twd", "cny",
    };

    /// <summary>
    /// The code in lower case (Stripe lower-cases currencies), one shared instance per code; null for a code Stripe
    /// does not support.
    /// </summary>
    public static string? Canonical(string code) =>
        Known.TryGetValue(code.ToLowerInvariant(), out var known) ? known : null;
}

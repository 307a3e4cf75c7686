using System.Text.Json.Nodes;
using CreditGrantConformance.Suite.Assertions;

namespace CreditGrantConformance.Suite.Ledger;

/// <summary>
/// Reading a billing.credit_balance_summary: one balances[] entry per currency, each an available_balance and a
/// ledger_balance of type monetary. "Not available" is no entry for the currency or a value of 0.
/// </summary>
public static class Balances
{
    public static JsonObject? EntryOf(JsonNode? summary, string currency) =>
        (summary?["balances"] as JsonArray)?.OfType<JsonObject>()
            .FirstOrDefault(b => Currency(b["available_balance"]) == currency
                || Currency(b["ledger_balance"]) == currency);

    public static long Available(JsonNode? summary, string currency) =>
        Value(EntryOf(summary, currency)?["available_balance"]);

    public static long LedgerOf(JsonNode? summary, string currency) =>
        Value(EntryOf(summary, currency)?["ledger_balance"]);

    /// <summary>The currencies the summary holds an entry for, in its order.</summary>
    public static IReadOnlyList<string?> Currencies(JsonNode? summary) =>
        (summary?["balances"] as JsonArray)?.Select(b => Currency(b?["available_balance"])).ToList() ?? [];

    /// <summary>An amount's value; an absent entry is 0, as "not available" reads it.</summary>
    public static long Value(JsonNode? amount) => Expect.Long(amount?["monetary"]?["value"]) ?? 0;

    private static string? Currency(JsonNode? amount) => amount?["monetary"]?["currency"]?.ToString();
}

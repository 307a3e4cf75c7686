using System.Text.Json.Nodes;

namespace CreditGrantConformance.Suite.Ledger;

/// <summary>
/// Reading billing.credit_balance_transaction objects: type credit or debit, the kind in credit.type or debit.type,
/// the amount in credit.amount or debit.amount.
/// </summary>
public static class Transactions
{
    public static IReadOnlyList<JsonObject> Of(JsonNode? list) =>
        (list?["data"] as JsonArray)?.OfType<JsonObject>().ToList() ?? [];

    /// <summary>The transactions of a kind (credits_granted, credits_expired, credits_voided, …).</summary>
    public static IReadOnlyList<JsonObject> OfKind(JsonNode? list, string kind) =>
        Of(list).Where(t => Kind(t) == kind).ToList();

    public static string? Kind(JsonObject transaction) =>
        transaction[transaction["type"]?.ToString() ?? ""]?["type"]?.ToString();

    public static long Amount(JsonObject transaction) =>
        Balances.Value(transaction[transaction["type"]?.ToString() ?? ""]?["amount"]);
}

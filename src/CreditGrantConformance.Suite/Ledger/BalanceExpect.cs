using System.Globalization;
using System.Text.Json.Nodes;
using CreditGrantConformance.Suite.Assertions;

namespace CreditGrantConformance.Suite.Ledger;

/// <summary>
/// Expectations on a credit balance summary, per currency. A value of 0 is met by no entry for the currency too:
/// Stripe does not say whether a currency with nothing in it is listed.
/// </summary>
public static class BalanceExpect
{
    public static Expectation Available(string currency, long value) =>
        Balance("available_balance", currency, value);

    public static Expectation LedgerBalance(string currency, long value) =>
        Balance("ledger_balance", currency, value);

    /// <summary>In every entry, available_balance is at most ledger_balance.</summary>
    public static Expectation AvailableAtMostLedger { get; } = Expect.Satisfies(
        "/balances",
        "every entry with available_balance at most ledger_balance",
        node => (node as JsonArray)?.OfType<JsonObject>()
            .Where(b => Balances.Value(b["available_balance"]) > Balances.Value(b["ledger_balance"]))
            .Select(b => string.Create(
                CultureInfo.InvariantCulture,
                $"{b["available_balance"]?["monetary"]?["currency"]}: available "
                + $"{Balances.Value(b["available_balance"])} exceeds ledger {Balances.Value(b["ledger_balance"])}"))
            .FirstOrDefault());

    /// <summary>Exactly one entry per currency, and exactly these currencies.</summary>
    public static Expectation Currencies(params string[] currencies) => Expect.Satisfies(
        "/balances",
        $"one entry for each of {string.Join(", ", currencies)}",
        node =>
        {
            var listed = Balances.Currencies(new JsonObject { ["balances"] = node?.DeepClone() });
            return listed.Order(StringComparer.Ordinal).SequenceEqual(currencies.Order(StringComparer.Ordinal))
                ? null
                : $"expected entries for {string.Join(", ", currencies)}, got {string.Join(", ", listed)}";
        });

    private static Expectation Balance(string field, string currency, long value) => Expect.Satisfies(
        "/balances",
        value == 0 ? $"{field} of {currency} 0 or no entry" : $"{field} of {currency} {value}",
        node =>
        {
            var summary = new JsonObject { ["balances"] = node?.DeepClone() };
            var actual = Balances.Value(Balances.EntryOf(summary, currency)?[field]);
            return actual == value
                ? null
                : string.Create(CultureInfo.InvariantCulture, $"{field} of {currency}: expected {value}, got {actual}");
        });
}

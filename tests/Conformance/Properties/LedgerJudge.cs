using System.Text.Json.Nodes;
using CreditGrantConformance.Client;
using CreditGrantConformance.Suite.Ledger;
using CreditGrantConformance.Suite.Properties;

namespace CreditGrantConformance.Checks.Properties;

/// <summary>
/// Compares what the target's ledger says with the model after a step, judging only what Stripe documents: per
/// currency, available (and, once committed, ledger) balances are the values of the grants in effect, unexpired and
/// unvoided, through the scope filter and the filter of each grant the step changed; available never exceeds ledger;
/// each grant in effect has one credits_granted credit of its value, an ended one a credits_expired or credits_voided
/// debit (how many and for what amount is not documented, so not judged). A target may take its polling timeout to
/// get there: the answers are read until they hold, then judged.
/// </summary>
internal static class LedgerJudge
{
    public static void Holds(LedgerTarget target, LedgerModel model, IEnumerable<int> changed)
    {
        Settled(target, () => target.Api.BalanceSummaryAsync(SummaryQuery.ByPriceType(target.Customer)), [
            Expect.Status(200),
            BalanceExpect.AvailableAtMostLedger,
            .. LedgerModel.Currencies.SelectMany(c => Balance(c, model.Available(c))),
        ]);
        foreach (var i in changed.Distinct().Order())
        {
            var grant = model.Grants[i];
            var query = SummaryQuery.ByGrant(target.Customer, target.Ids[i]);
            Settled(target, () => target.Api.BalanceSummaryAsync(query), [
                Expect.Status(200),
                .. Balance(grant.Spec.Currency, grant.AvailableAt(model.Now) ? grant.Spec.Value : 0),
            ]);
        }

        Settled(
            target,
            () => target.Api.BalanceTransactionsAsync(
                new FormParams { ["customer"] = target.Customer, ["limit"] = 100 }),
            [Expect.Status(200), Transactions(target, model)]);
    }

    private static IEnumerable<Expectation> Balance(string currency, long value) =>
        [BalanceExpect.Available(currency, value), BalanceExpect.LedgerBalance(currency, value)];

    private static void Settled(LedgerTarget target, Func<Task<StripeResponse>> send, Expectation[] expectations) =>
        Require.That(
            Polling.UntilAsync(send, r => expectations.All(e => e.Evaluate(r) is null), target.Settle)
                .GetAwaiter().GetResult(),
            expectations);

    private static Expectation Transactions(LedgerTarget target, LedgerModel model) => Expect.Satisfies(
        "/data",
        "for each grant in effect one credits_granted credit of its value, and a credits_expired or credits_voided "
        + "debit for each grant that ended, nothing else",
        data =>
        {
            var listed = Suite.Ledger.Transactions.Of(new JsonObject { ["data"] = data?.DeepClone() });
            var stranger = listed.FirstOrDefault(t => !target.Ids.Contains(t["credit_grant"]?.ToString() ?? ""));
            return stranger is not null
                ? $"{stranger["id"]} names {stranger["credit_grant"]?.ToJsonString()}, no grant of this sequence"
                : Enumerable.Range(0, model.Grants.Count)
                    .Select(i => OfGrant(i, model, listed.Where(t => t["credit_grant"]?.ToString() == target.Ids[i])))
                    .FirstOrDefault(p => p is not null);
        });

    private static string? OfGrant(int index, LedgerModel model, IEnumerable<JsonObject> transactions)
    {
        var grant = model.Grants[index];
        var kinds = transactions.Select(t => (Kind: Suite.Ledger.Transactions.Kind(t), Transaction: t)).ToList();
        var granted = kinds.Where(k => k.Kind == "credits_granted").ToList();
        var name = $"grant {index} ({grant.StateAt(model.Now)})";
        var ending = grant.Voided ? "credits_voided" : grant.ExpiredAt(model.Now) ? "credits_expired" : null;
        if (grant.EffectiveAt(model.Now) && (granted.Count != 1
            || granted[0].Transaction["type"]?.ToString() != "credit"
            || Suite.Ledger.Transactions.Amount(granted[0].Transaction) != grant.Spec.Value))
        {
            return $"{name}: expected one credits_granted credit of {grant.Spec.Value}, got "
                + string.Join(", ", granted.Select(g => $"{g.Transaction["type"]} of "
                    + Suite.Ledger.Transactions.Amount(g.Transaction)).DefaultIfEmpty("none"));
        }

        if (ending is not null && !kinds.Any(k => k.Kind == ending))
        {
            return $"{name}: expected a {ending} debit, got none";
        }

        var other = kinds.FirstOrDefault(k => k.Kind != "credits_granted" && k.Kind != ending);
        return other.Transaction is null ? null : $"{name}: expected no {other.Kind} transaction, got one";
    }
}

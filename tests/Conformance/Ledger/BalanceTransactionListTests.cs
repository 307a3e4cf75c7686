using System.Text.Json.Nodes;
using CreditGrantConformance.Client;
using CreditGrantConformance.Operations;
using CreditGrantConformance.Suite.Ledger;

namespace CreditGrantConformance.Checks.Ledger;

/// <summary>
/// The ledger of a grant as credit balance transactions: a credits_granted credit when it is granted, a
/// credits_expired or credits_voided debit when it ends.
/// </summary>
public sealed partial class BalanceTransactionListTests : ClockTest
{
    private const long Value = 1000;

    [Check("balance_transaction_list.answers_a_list_object", Provenance.Spec, Categories.Shape,
        "Listing a customer's credit balance transactions answers 200 with a list object whose url is the list's path",
        Sources.SpecBalanceTransactions)]
    public async Task The_list_answers_a_list_object()
    {
        var response = await Api.BalanceTransactionsAsync(new FormParams { ["customer"] = await CustomerIdAsync() });

        response.Should(Shapes.ListOf(ApiOperation.ListBalanceTransactions));
    }

    [Check("balance_transaction_list.new_grant_is_credits_granted", Provenance.Documented, Categories.State,
        "A grant in effect is written to the ledger as one credit of type credits_granted for its amount, naming the "
        + "grant (read until it is, within 5 seconds on a loopback target, 60 elsewhere)",
        Sources.BalanceTransactionObject, RequiresState = true)]
    public async Task A_new_grant_is_listed_as_one_credits_granted_credit()
    {
        var customer = await CreateCustomerAsync();
        var grant = await CreateGrantForAsync(customer);

        var response = await ListUntilAsync(customer, grant.Id(), "credits_granted");

        response.Should(
            Expect.Status(200),
            OneOf("credits_granted", "credit", grant.Id(), Value));
    }

    [Check("balance_transaction_list.expiry_writes_credits_expired", Provenance.Documented, Categories.State,
        "A grant that expires (its clock past expires_at) gets a debit of type credits_expired naming it (listed "
        + "within 5 seconds on a loopback target, 60 elsewhere)",
        Sources.BalanceTransactionObject, RequiresState = true)]
    public async Task An_expiry_writes_a_credits_expired_debit()
    {
        var (customer, grant) = await ExpiredGrantAsync();

        var response = await ListUntilAsync(customer, grant, "credits_expired");

        response.Should(Expect.Status(200), AtLeastOne("credits_expired", grant));
    }

    [Check("balance_transaction_list.void_writes_credits_voided", Provenance.Documented, Categories.State,
        "A voided grant gets a debit of type credits_voided naming it (listed within 5 seconds on a loopback target, "
        + "60 elsewhere)",
        Sources.BalanceTransactionObject, RequiresState = true)]
    public async Task A_void_writes_a_credits_voided_debit()
    {
        var (customer, grant) = await VoidedGrantAsync();

        var response = await ListUntilAsync(customer, grant, "credits_voided");

        response.Should(Expect.Status(200), AtLeastOne("credits_voided", grant));
    }

    [Check("balance_transaction_list.expiry_debits_the_value_once", Provenance.Assumed, Categories.State,
        "An expiry is one credits_expired debit for the grant's whole unused value (Stripe does not say how many "
        + "debits, or for what amount)",
        Sources.Assumptions, RequiresState = true)]
    public async Task An_expiry_is_one_debit_of_the_whole_value()
    {
        var (customer, grant) = await ExpiredGrantAsync();

        var response = await ListUntilAsync(customer, grant, "credits_expired");

        response.Should(Expect.Status(200), OneOf("credits_expired", "debit", grant, Value));
    }

    [Check("balance_transaction_list.void_debits_the_value_once", Provenance.Assumed, Categories.State,
        "A void is one credits_voided debit for the grant's whole unused value (Stripe does not say how many debits, "
        + "or for what amount)",
        Sources.Assumptions, RequiresState = true)]
    public async Task A_void_is_one_debit_of_the_whole_value()
    {
        var (customer, grant) = await VoidedGrantAsync();

        var response = await ListUntilAsync(customer, grant, "credits_voided");

        response.Should(Expect.Status(200), OneOf("credits_voided", "debit", grant, Value));
    }

    private static async Task<(string Customer, string Grant)> ExpiredGrantAsync()
    {
        var clock = await NewClockAsync();
        var customer = await clock.CustomerAsync();
        var grant = await CreateGrantForAsync(customer, g => g["expires_at"] = clock.FrozenTime + Hour);
        await clock.AdvanceAsync(clock.FrozenTime + Hour + 60);
        return (customer, grant.Id());
    }

    private static async Task<(string Customer, string Grant)> VoidedGrantAsync()
    {
        var customer = await CreateCustomerAsync();
        var grant = await CreateGrantForAsync(customer);
        (await Api.VoidAsync(grant.Id())).Should(Expect.Status(200));
        return (customer, grant.Id());
    }

    // The customer's transactions, read until at least count are listed or the timeout passes.
    private static Task<StripeResponse> ListedAsync(string customer, int count) =>
        Polling.UntilAsync(
            () => Api.BalanceTransactionsAsync(new FormParams { ["customer"] = customer, ["limit"] = 100 }),
            r => Transactions.Of(r.Json).Count >= count,
            Polling.Timeout(Settings));

    // The grant's transactions, read until one of the kind is listed or the timeout passes.
    private Task<StripeResponse> ListUntilAsync(string customer, string grant, string kind) =>
        Polling.UntilAsync(
            () => Api.BalanceTransactionsAsync(
                new FormParams { ["customer"] = customer, ["credit_grant"] = grant, ["limit"] = 100 }),
            r => Transactions.OfKind(r.Json, kind).Count > 0,
            Polling.Timeout(Settings));

    private static Expectation AtLeastOne(string kind, string grant) => Expect.Satisfies(
        "/data",
        $"a {kind} transaction naming {grant}",
        data => Transactions.OfKind(new JsonObject { ["data"] = data?.DeepClone() }, kind)
            .Any(t => t["credit_grant"]?.ToString() == grant)
            ? null
            : $"no {kind} transaction naming {grant}");

    private static Expectation OneOf(string kind, string type, string grant, long value) => Expect.Satisfies(
        "/data",
        $"exactly one {kind} {type} of {value} naming {grant}",
        data =>
        {
            var found = Transactions.OfKind(new JsonObject { ["data"] = data?.DeepClone() }, kind);
            return found.Count != 1 ? $"expected one {kind} transaction, got {found.Count}"
                : found[0]["type"]?.ToString() != type ? $"expected type {type}, got {found[0]["type"]}"
                : found[0]["credit_grant"]?.ToString() != grant ? $"expected credit_grant {grant}, got "
                    + found[0]["credit_grant"]?.ToJsonString()
                : Transactions.Amount(found[0]) != value ? $"expected an amount of {value}, got "
                    + Transactions.Amount(found[0])
                : null;
        });
}

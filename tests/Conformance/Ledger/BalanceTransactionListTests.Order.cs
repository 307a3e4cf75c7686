using CreditGrantConformance.Suite.Ledger;

namespace CreditGrantConformance.Checks.Ledger;

public sealed partial class BalanceTransactionListTests
{
    [Check("balance_transaction_list.newest_first", Provenance.Assumed, Categories.Pagination,
        "Transactions are listed newest first, as Stripe's lists are: created never increases down the list, and the "
        + "credit of a grant made a second later comes first (Stripe does not say for this list)",
        Sources.Assumptions, RequiresState = true)]
    public async Task Transactions_are_listed_newest_first()
    {
        var customer = await CreateCustomerAsync();
        var older = await CreateGrantForAsync(customer);
        await Clock.WaitForNextSecondAsync(Expect.Long(older["created"]) ?? Clock.Now);
        var newer = await CreateGrantForAsync(customer);

        var response = await ListedAsync(customer, 2);

        response.Should(
            Expect.Status(200),
            Expect.FieldIs(
                "/data",
                $"the credit of {newer.Id()} first, created never increasing",
                _ =>
                {
                    var listed = Transactions.Of(response.Json);
                    var created = listed.Select(t => Expect.Long(t["created"]) ?? 0).ToList();
                    return listed.Count == 2
                        && listed[0]["credit_grant"]?.ToString() == newer.Id()
                        && created.Zip(created.Skip(1)).All(p => p.First >= p.Second);
                }));
    }
}

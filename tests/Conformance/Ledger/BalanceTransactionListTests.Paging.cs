using CreditGrantConformance.Client;
using CreditGrantConformance.Suite.Failures;
using CreditGrantConformance.Suite.Ledger;

namespace CreditGrantConformance.Checks.Ledger;

/// <summary>
/// Transactions paginate like every Stripe list: limit, starting_after, ending_before and has_more, by customer and
/// by credit grant. Each check's customer has three grants, so three credits_granted transactions and no others; the
/// checks page once all three are listed (a ledger may take a moment to write them).
/// </summary>
public sealed partial class BalanceTransactionListTests
{
    [Check("balance_transaction_list.limit_1_walks_every_transaction_once", Provenance.Documented,
        Categories.Pagination,
        "limit=1 answers one transaction per page, has_more true until the last; starting_after the last id walks "
        + "the customer's three transactions, each once",
        Sources.Pagination, RequiresState = true)]
    public async Task Pages_of_one_walk_every_transaction_once()
    {
        var customer = await CustomerWithThreeGrantsAsync();
        var pages = new List<StripeResponse>();
        string? cursor = null;
        for (var i = 0; i < 3; i++)
        {
            var page = await Api.BalanceTransactionsAsync(
                new FormParams { ["customer"] = customer, ["limit"] = 1, ["starting_after"] = cursor });
            page.Should(Expect.Status(200), Expect.Grants(1), Expect.Field("/has_more", i < 2));
            pages.Add(page);
            cursor = Transactions.Of(page.Json)[0].Id();
        }

        var ids = pages.Select(p => Transactions.Of(p.Json)[0].Id()).ToList();
        if (ids.Distinct(StringComparer.Ordinal).Count() != ids.Count)
        {
            throw new CheckFailedException(
                $"The walk with limit=1 visited a transaction twice: {string.Join(", ", ids)}.",
                failing: pages.Select(p => p.Exchange).ToList());
        }
    }

    [Check("balance_transaction_list.has_more_false_at_exact_limit", Provenance.Documented, Categories.Pagination,
        "has_more is false when exactly limit transactions remain: limit=3 over three answers all three, has_more "
        + "false; limit=2 answers two, has_more true",
        Sources.Pagination, RequiresState = true)]
    public async Task Has_more_is_false_when_exactly_limit_remain()
    {
        var customer = await CustomerWithThreeGrantsAsync();

        var all = await Api.BalanceTransactionsAsync(new FormParams { ["customer"] = customer, ["limit"] = 3 });
        var two = await Api.BalanceTransactionsAsync(new FormParams { ["customer"] = customer, ["limit"] = 2 });

        all.Should(Expect.Status(200), Expect.Grants(3), Expect.Field("/has_more", false));
        two.Should(Expect.Status(200), Expect.Grants(2), Expect.Field("/has_more", true));
    }

    [Check("balance_transaction_list.ending_before_pages_back", Provenance.Documented, Categories.Pagination,
        "ending_before the last transaction of the full list answers the ones before it, in the list's order",
        Sources.Pagination, RequiresState = true)]
    public async Task Ending_before_answers_the_transactions_before_it()
    {
        var customer = await CustomerWithThreeGrantsAsync();
        var all = await Api.BalanceTransactionsAsync(new FormParams { ["customer"] = customer });
        all.Should(Expect.Status(200), Expect.Grants(3));
        var ids = Transactions.Of(all.Json).Select(t => t.Id()).ToList();

        var before = await Api.BalanceTransactionsAsync(
            new FormParams { ["customer"] = customer, ["ending_before"] = ids[2] });

        before.Should(Expect.Status(200), Expect.Ids("/data", ids.Take(2).ToList()));
    }

    [Check("balance_transaction_list.credit_grant_filter_selects_that_grant", Provenance.Documented,
        Categories.Pagination,
        "credit_grant lists the transactions of that grant alone: one of the customer's three grants has one",
        Sources.BalanceTransactionList, RequiresState = true)]
    public async Task The_credit_grant_filter_lists_that_grants_transactions_alone()
    {
        var customer = await CreateCustomerAsync();
        var grant = await CreateGrantForAsync(customer);
        await CreateGrantForAsync(customer);
        await CreateGrantForAsync(customer);

        var response = await ListUntilAsync(customer, grant.Id(), "credits_granted");

        response.Should(
            Expect.Status(200),
            Expect.Grants(1),
            Expect.Field("/data/0/credit_grant", grant.Id()));
    }

    private static async Task<string> CustomerWithThreeGrantsAsync()
    {
        var customer = await CreateCustomerAsync();
        for (var i = 0; i < 3; i++)
        {
            await CreateGrantForAsync(customer);
        }

        await ListedAsync(customer, 3);
        return customer;
    }
}

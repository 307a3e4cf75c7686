using CreditGrantConformance.Client;
using CreditGrantConformance.Suite.Ledger;

namespace CreditGrantConformance.Checks.Ledger;

/// <summary>One credit balance transaction by its id, as it was listed, its credit_grant expandable.</summary>
public sealed class BalanceTransactionRetrieveTests : ClockTest
{
    [Check("balance_transaction_retrieve.reads_the_listed_transaction", Provenance.Documented, Categories.State,
        "Retrieving a credit balance transaction by its id answers the transaction the list answered",
        Sources.BalanceTransactionRetrieve, RequiresState = true)]
    public async Task A_retrieved_transaction_is_the_listed_one()
    {
        var listed = await ListedTransactionAsync();

        var response = await Api.RetrieveBalanceTransactionAsync(listed.Id());

        response.Should(Expect.Status(200), Expect.Field("", listed));
    }

    [Check("balance_transaction_retrieve.expands_credit_grant", Provenance.Documented, Categories.Shape,
        "credit_grant is expandable: expand[]=credit_grant answers the billing.credit_grant object in place of its id",
        Sources.Expanding, RequiresState = true)]
    public async Task Expand_credit_grant_answers_the_grant_object()
    {
        var listed = await ListedTransactionAsync();

        var response = await Api.RetrieveBalanceTransactionAsync(
            listed.Id(),
            new FormParams { ["expand"] = new List<object?> { "credit_grant" } });

        response.Should(
            Expect.Status(200),
            Expect.Field("/credit_grant/id", listed["credit_grant"]?.DeepClone()),
            Expect.Field("/credit_grant/object", "billing.credit_grant"));
    }

    private static async Task<System.Text.Json.Nodes.JsonObject> ListedTransactionAsync()
    {
        var customer = await CreateCustomerAsync();
        var grant = await CreateGrantForAsync(customer);
        var list = await Polling.UntilAsync(
            () => Api.BalanceTransactionsAsync(
                new FormParams { ["customer"] = customer, ["credit_grant"] = grant.Id() }),
            r => Transactions.Of(r.Json).Count > 0,
            Polling.Timeout(Settings));
        list.Should(Expect.Status(200), Expect.Grants(1));
        return Transactions.Of(list.Json)[0];
    }
}

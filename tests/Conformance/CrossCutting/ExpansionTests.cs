using System.Text.Json.Nodes;
using CreditGrantConformance.Client;
using CreditGrantConformance.Operations;

namespace CreditGrantConformance.Checks.CrossCutting;

/// <summary>
/// customer is expandable wherever a credit grant is answered: every operation takes expand[], and the answer then
/// holds the customer object in place of its id, on a list for every grant (expand[]=data.customer).
/// </summary>
public sealed class ExpansionTests : CreditGrantTest
{
    private const string Rule =
        "customer is expandable: expand[]=customer answers the customer object in place of its id, as on retrieve";

    // The operations that answer one grant and take expand[], besides retrieve (whose check is its own).
    private static IEnumerable<TestCaseData> Operations() =>
        new[] { ApiOperation.Create, ApiOperation.Update, ApiOperation.Expire, ApiOperation.Void }
            .Select(operation => CheckCase.Of(
                new CheckInfo(
                    $"{operation.Label}.expands_customer",
                    $"{operation.Label} with expand[]=customer answers the customer object",
                    Categories.Shape,
                    Provenance.Documented,
                    Rule,
                    Sources.Expanding)
                {
                    RequiresState = true,
                },
                operation));

    [TestCaseSource(nameof(Operations))]
    [Check]
    public async Task An_answer_with_expand_customer_holds_the_customer_object(ApiOperation operation)
    {
        var customer = await CustomerIdAsync();
        var request = operation == ApiOperation.Create ? await ValidGrantAsync() : [];
        request["expand"] = new List<object?> { "customer" };
        var id = operation.TakesId ? (await CreateGrantAsync()).Id() : null;

        var response = await Api.SendAsync(operation, id, request, idempotencyKey: null);

        response.Should(
            Expect.Status(200),
            Expect.Field("/customer/id", customer),
            Expect.Field("/customer/object", "customer"));
    }

    [Check("list.expands_customer_of_every_grant", Provenance.Documented, Categories.Shape,
        "On a list, expand[]=data.customer answers every grant with its customer object in place of the id",
        Sources.Expanding, RequiresState = true)]
    public async Task A_list_with_expand_data_customer_holds_every_grants_customer_object()
    {
        var customer = await CreateCustomerAsync();
        for (var i = 0; i < 2; i++)
        {
            var grant = await ValidGrantAsync();
            grant["customer"] = customer;
            (await Api.CreateAsync(grant)).Should(Expect.Status(200));
        }

        var response = await Api.ListAsync(
            new FormParams { ["customer"] = customer, ["expand"] = new List<object?> { "data.customer" } });

        response.Should(
            Expect.Status(200),
            Expect.FieldIs(
                "/data",
                $"two grants, each with the customer object of {customer}",
                d => d is JsonArray { Count: 2 } a
                    && a.All(g => g?["customer"] is JsonObject c
                        && c["id"]?.ToString() == customer
                        && c["object"]?.ToString() == "customer")));
    }
}

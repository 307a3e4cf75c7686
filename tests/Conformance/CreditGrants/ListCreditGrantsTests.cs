using System.Text.Json.Nodes;
using CreditGrantConformance.Client;

namespace CreditGrantConformance.Checks.CreditGrants;

public sealed partial class ListCreditGrantsTests : CreditGrantTest
{
    [Check("list.answers_a_list_object", Provenance.Spec, Categories.Shape,
        "Listing credit grants answers 200 with a list object whose url starts with /v1/billing/credit_grants",
        Sources.SpecList, ListsWholeAccount = true)]
    public async Task List_answers_200_with_a_list_object()
    {
        // The whole account (customer is optional in the spec): the one check that lists it, so the one whose answer
        // holds whatever grants other checks made meanwhile.
        var response = await Api.ListAsync(new FormParams { ["limit"] = 3 });

        response.Should(Shapes.List);
    }

    [Check("list.contains_created_grant", Provenance.Spec, Categories.State,
        "Listing by customer returns a list object (object, data, has_more, url) that holds the grant just created",
        Sources.SpecList, RequiresState = true)]
    public async Task List_filtered_by_customer_returns_a_list_object_holding_the_new_grant()
    {
        var created = await CreateGrantAsync();

        var response = await Api.ListAsync(new FormParams { ["customer"] = await CustomerIdAsync() });

        response.Should(
            Expect.Status(200),
            Expect.Field("/object", "list"),
            Shapes.ListUrl,
            Expect.FieldIs("/data", "an array holding the created grant", data => data is JsonArray a
                && a.Any(g => g?["id"]?.ToString() == created.Id())));
    }
}

using System.Text.Json.Nodes;
using CreditGrantConformance.Suite.Requests;

namespace CreditGrantConformance.Checks.CreditGrants;

public sealed partial class UpdateCreditGrantTests : CreditGrantTest
{
    [Check("update.answers_a_credit_grant", Provenance.Spec, Categories.Shape,
        "Updating a credit grant answers 200 with a billing.credit_grant object", Sources.SpecUpdate)]
    public async Task Update_answers_200_with_a_credit_grant()
    {
        var response = await Api.UpdateAsync(await SharedGrantIdAsync(), GrantRequests.Metadata("shape", "1"));

        response.Should(Shapes.CreditGrant);
    }

    [Check("update.metadata_merges", Provenance.Documented, Categories.State,
        "Updating metadata adds the new keys and leaves existing ones untouched", Sources.MetadataGuide,
        RequiresState = true)]
    public async Task Update_with_new_metadata_keys_merges_them_into_the_existing_ones()
    {
        var created = await CreateGrantAsync(g => g.SetPath("metadata[kept]", "yes"));

        var response = await Api.UpdateAsync(created.Id(), GrantRequests.Metadata("added", "1"));

        response.Should(
            Expect.Status(200),
            Expect.Field(
                "/metadata",
                new JsonObject { [RunTag.Key] = Settings.RunId, ["kept"] = "yes", ["added"] = "1" }));
    }
}

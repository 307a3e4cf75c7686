using System.Text.Json.Nodes;

namespace CreditGrantConformance.Checks.CreditGrants;

public sealed partial class CreateCreditGrantTests : CreditGrantTest
{
    [Check("create.answers_a_credit_grant", Provenance.Spec, Categories.Shape,
        "Creating a credit grant answers 200 with a billing.credit_grant object", Sources.SpecCreate)]
    public async Task Create_answers_200_with_a_credit_grant()
    {
        var response = await Api.CreateAsync(await ValidGrantAsync());

        response.Should(Shapes.CreditGrant);
    }

    [Check("create.minimal_echoes_request_with_defaults", Provenance.Spec, Categories.Shape,
        "The created grant echoes the request, in test mode, with the documented defaults: category paid, priority 50, "
        + "effective_at now, no expiry, not voided", Sources.SpecCreate, RequiresState = true)]
    public async Task Create_of_a_minimal_grant_echoes_it_with_the_documented_defaults()
    {
        var customer = await CustomerIdAsync();
        var request = await ValidGrantAsync();

        var response = await Api.CreateAsync(request);

        response.Should(
            Expect.Status(200),
            Expect.Field("/object", "billing.credit_grant"),
            Opaque.IdLength("/id"),
            Opaque.IdPrefix("/id", "credgr_"),
            Expect.Field("/livemode", false),
            Expect.Field(
                "/amount",
                JsonNode.Parse("""{"type":"monetary","monetary":{"currency":"usd","value":1000}}""")),
            Expect.Field("/applicability_config/scope/price_type", "metered"),
            Expect.Field("/customer", customer),
            Expect.Field("/category", "paid"),
            Expect.Field("/priority", 50),
            Expect.FieldIs("/effective_at", "within five minutes of now", Clock.IsNow),
            Expect.Field("/expires_at", null),
            Expect.Field("/voided_at", null),
            Expect.Field("/metadata", JsonNode.Parse($$"""{"conformance_run":"{{Settings.RunId}}"}""")));
    }
}

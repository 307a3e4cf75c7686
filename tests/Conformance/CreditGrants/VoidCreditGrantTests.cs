namespace CreditGrantConformance.Checks.CreditGrants;

public sealed partial class VoidCreditGrantTests : CreditGrantTest
{
    [Check("void.answers_a_credit_grant", Provenance.Spec, Categories.Shape,
        "Voiding a credit grant answers 200 with a billing.credit_grant object", Sources.SpecVoid)]
    public async Task Void_answers_200_with_a_credit_grant()
    {
        var response = await Api.VoidAsync((await CreateGrantAsync()).Id());

        response.Should(Shapes.CreditGrant);
    }

    [Check("void.sets_voided_at_now", Provenance.Documented, Categories.State,
        "Voiding returns the voided credit grant with voided_at set to the time of voiding and expires_at unchanged "
        + "(the reference's example)",
        Sources.Void, RequiresState = true)]
    public async Task Void_sets_voided_at_to_now_and_leaves_expires_at_unchanged()
    {
        var created = await CreateGrantAsync();

        var response = await Api.VoidAsync(created.Id());

        response.Should(
            Expect.Status(200),
            Expect.Field("/id", created.Id()),
            Expect.FieldIs("/voided_at", "within five minutes of now", Clock.IsNow),
            Expect.Field("/expires_at", null));
    }
}

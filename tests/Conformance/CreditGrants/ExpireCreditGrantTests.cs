namespace CreditGrantConformance.Checks.CreditGrants;

public sealed partial class ExpireCreditGrantTests : CreditGrantTest
{
    [Check("expire.answers_a_credit_grant", Provenance.Spec, Categories.Shape,
        "Expiring a credit grant answers 200 with a billing.credit_grant object", Sources.SpecExpire)]
    public async Task Expire_answers_200_with_a_credit_grant()
    {
        var response = await Api.ExpireAsync((await CreateGrantAsync()).Id());

        response.Should(Shapes.CreditGrant);
    }

    [Check("expire.sets_expires_at_now", Provenance.Documented, Categories.State,
        "Expiring returns the expired credit grant, expires_at set to the time of expiry and voided_at left null "
        + "(the reference's example)", Sources.Expire, RequiresState = true)]
    public async Task Expire_sets_expires_at_to_now_and_leaves_voided_at_null()
    {
        var created = await CreateGrantAsync();

        var response = await Api.ExpireAsync(created.Id());

        response.Should(
            Expect.Status(200),
            Expect.Field("/id", created.Id()),
            Expect.FieldIs("/expires_at", "within five minutes of now", Clock.IsNow),
            Expect.Field("/voided_at", null));
    }
}

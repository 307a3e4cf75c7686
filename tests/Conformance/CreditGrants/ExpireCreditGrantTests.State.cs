namespace CreditGrantConformance.Checks.CreditGrants;

public sealed partial class ExpireCreditGrantTests
{
    [Check("expire.visible_on_retrieve", Provenance.Documented, Categories.State,
        "Expiring is persisted: the grant read back has the expires_at the expire call returned", Sources.Expire,
        RequiresState = true)]
    public async Task Expire_is_visible_when_the_grant_is_retrieved()
    {
        var created = await CreateGrantAsync();

        var expired = await Api.ExpireAsync(created.Id());
        var retrieved = await Api.RetrieveAsync(created.Id());

        expired.Should(Expect.Status(200));
        retrieved.Should(Expect.Status(200), Expect.Field("/expires_at", expired.Json!["expires_at"]?.DeepClone()));
    }

    [Check("expire.after_void_is_allowed", Provenance.Documented, Categories.State,
        "A voided grant can still be expired ('you can't apply voided credit grants to future invoices, "
        + "but you can expire any remaining credits')",
        Sources.BillingCredits, RequiresState = true)]
    public async Task Expire_of_a_voided_grant_succeeds_and_keeps_voided_at()
    {
        var created = await CreateGrantAsync();
        var voided = await Api.VoidAsync(created.Id());

        var response = await Api.ExpireAsync(created.Id());

        voided.Should(Expect.Status(200));
        response.Should(
            Expect.Status(200),
            Expect.FieldIs("/expires_at", "within five minutes of now", Clock.IsNow),
            Expect.Field("/voided_at", voided.Json!["voided_at"]?.DeepClone()));
    }

    [Check("expire.twice_is_rejected", Provenance.Assumed, Categories.State,
        "Expiring an already-expired grant answers 400 invalid_request_error (Stripe does not say what it answers); "
        + "once accepted, the answer is the expired grant, expires_at now (documented)", Sources.Assumptions,
        RequiresState = true)]
    public async Task Expire_of_an_expired_grant_is_rejected()
    {
        var created = await CreateGrantAsync();
        (await Api.ExpireAsync(created.Id())).Should(Expect.Status(200));

        var response = await Api.ExpireAsync(created.Id());

        response.Should(Accepted.AnswersExpired);
        response.Should(Expect.Status(400), Expect.Error("invalid_request_error"));
    }
}

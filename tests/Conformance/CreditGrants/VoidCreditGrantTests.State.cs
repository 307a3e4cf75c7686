namespace CreditGrantConformance.Checks.CreditGrants;

public sealed partial class VoidCreditGrantTests
{
    private const string AcceptedVoid = "once accepted, the answer is the voided grant, voided_at set (documented)";
    [Check("void.visible_on_retrieve", Provenance.Documented, Categories.State,
        "Voiding is persisted: the grant read back has the voided_at the void call returned", Sources.Void,
        RequiresState = true)]
    public async Task Void_is_visible_when_the_grant_is_retrieved()
    {
        var created = await CreateGrantAsync();

        var voided = await Api.VoidAsync(created.Id());
        var retrieved = await Api.RetrieveAsync(created.Id());

        voided.Should(Expect.Status(200));
        retrieved.Should(Expect.Status(200), Expect.Field("/voided_at", voided.Json!["voided_at"]?.DeepClone()));
    }

    [Check("void.twice_is_rejected", Provenance.Assumed, Categories.State,
        "Voiding an already-voided grant answers 400 invalid_request_error (Stripe does not say what it answers); "
        + AcceptedVoid, Sources.Assumptions,
        RequiresState = true)]
    public async Task Void_of_a_voided_grant_is_rejected()
    {
        var created = await CreateGrantAsync();
        (await Api.VoidAsync(created.Id())).Should(Expect.Status(200));

        var response = await Api.VoidAsync(created.Id());

        response.Should(Accepted.AnswersVoided);
        response.Should(Expect.Status(400), Expect.Error("invalid_request_error"));
    }

    [Check("void.after_expire_is_rejected", Provenance.Assumed, Categories.State,
        "Voiding an expired grant answers 400 invalid_request_error (Stripe does not say what it answers); "
        + AcceptedVoid, Sources.Assumptions,
        RequiresState = true)]
    public async Task Void_of_an_expired_grant_is_rejected()
    {
        var created = await CreateGrantAsync();
        (await Api.ExpireAsync(created.Id())).Should(Expect.Status(200));

        var response = await Api.VoidAsync(created.Id());

        response.Should(Accepted.AnswersVoided);
        response.Should(Expect.Status(400), Expect.Error("invalid_request_error"));
    }
}

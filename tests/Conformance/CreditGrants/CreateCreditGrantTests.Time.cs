namespace CreditGrantConformance.Checks.CreditGrants;

public sealed partial class CreateCreditGrantTests
{
    [Check("create.created_and_updated_are_seconds_now", Provenance.Spec, Categories.Shape,
        "created and updated of a new grant are measured in seconds since the Unix epoch: the time of the request, "
        + "within five minutes of this machine's clock",
        Sources.SpecObject)]
    public async Task Created_and_updated_are_the_time_of_the_request_in_seconds()
    {
        var response = await Api.CreateAsync(await ValidGrantAsync());

        response.Should(Expect.Status(200), Clock.SecondsNow("/created"), Clock.SecondsNow("/updated"));
    }
}

using CreditGrantConformance.Suite.Requests;

namespace CreditGrantConformance.Checks.CreditGrants;

public sealed partial class UpdateCreditGrantTests
{
    [Check("update.updated_is_seconds_now", Provenance.Spec, Categories.State,
        "updated of an updated grant is measured in seconds since the Unix epoch: the time of the update, within "
        + "five minutes of this machine's clock",
        Sources.SpecObject)]
    public async Task Updated_is_the_time_of_the_update_in_seconds()
    {
        var created = await CreateGrantAsync();

        var response = await Api.UpdateAsync(created.Id(), GrantRequests.Metadata("timed", "1"));

        response.Should(Expect.Status(200), Clock.SecondsNow("/updated"), Clock.SecondsNow("/created"));
    }
}

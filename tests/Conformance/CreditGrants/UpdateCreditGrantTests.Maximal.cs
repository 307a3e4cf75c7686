using CreditGrantConformance.Client;
using CreditGrantConformance.Suite.Requests;

namespace CreditGrantConformance.Checks.CreditGrants;

public sealed partial class UpdateCreditGrantTests
{
    [Check("update.accepts_every_limit_at_once", Provenance.Documented, Categories.Validation,
        "An update carrying every limit at once (49 metadata keys of 40 characters with values of 500, multi-byte "
        + "included, beside the one the grant has: 50 in all; an expires_at) is accepted and echoed exactly",
        Sources.LimitsAtOnceUpdate, RequiresState = true)]
    public async Task Update_at_every_limit_at_once_is_accepted_and_echoed_exactly()
    {
        var created = await CreateGrantAsync();
        var request = MaximalRequests.Update(Settings.RunId);

        var response = await Api.UpdateAsync(created.Id(), request);

        response.Should(
            Expect.Status(200),
            Expect.OnSuccess(Expect.Field("/expires_at", MaximalRequests.Echo(request, "expires_at"))),
            // The update merges into the run's tag: the grant ends with exactly the 50 keys of a maximal create.
            Expect.OnSuccess(
                Expect.Field("/metadata", FormJson.ValueToJson(MaximalRequests.Metadata(Settings.RunId)))));
    }
}

using System.Text.Json.Nodes;
using CreditGrantConformance.Client;
using CreditGrantConformance.Suite.Assertions;
using CreditGrantConformance.Suite.Checks;
using CreditGrantConformance.Suite.Fixtures;
using CreditGrantConformance.Suite.Properties;

namespace CreditGrantConformance.Checks.Properties;

/// <summary>Generated requests (FsCheck): valid ones round-trip, invalid ones are refused naming the one place that is wrong.</summary>
public sealed class CreateCreditGrantProperties : CreditGrantTest
{
    [Test]
    [RequiresState]
    [Check("property.valid_create_round_trips", Provenance.Spec, Categories.State,
        "PostBillingCreditGrants returns the grant it created with every sent value; GetBillingCreditGrantsId returns the same; GetBillingCreditGrants lists it first")]
    public async Task Any_valid_create_echoes_its_values_reads_back_the_same_and_lists_first()
    {
        var customer = await CustomerIdAsync();

        PropertyRunner.Check(Settings, GrantGenerators.ValidArbitrary, spec =>
        {
            var created = Api.CreateAsync(spec.ToParams(customer, Settings.RunId)).GetAwaiter().GetResult();
            Require.That(created, [Expect.Status(200), .. spec.Echo(customer, Settings.RunId)]);
            var id = ((JsonObject)created.Json!).Id();
            Require.That(Api.RetrieveAsync(id).GetAwaiter().GetResult(), [Expect.Status(200), Expect.Field("", created.Json!.DeepClone())]);
            Require.That(Api.ListAsync(new FormParams { ["customer"] = customer, ["limit"] = 1 }).GetAwaiter().GetResult(), [Expect.Status(200), Expect.Field("/data/0/id", id)]);
        });
    }

    [Test]
    [Check("property.invalid_create_names_the_broken_place", Provenance.Observed, Categories.Validation,
        "A create broken in exactly one place answers 400 invalid_request_error whose param names that place (B.3) and creates nothing")]
    public async Task Any_create_broken_in_one_place_is_refused_naming_that_place_and_creates_nothing()
    {
        var customer = await CustomerIdAsync();
        var stateful = Settings.Profile == Suite.Configuration.Profile.Stateful;

        PropertyRunner.Check(Settings, GrantGenerators.InvalidArbitrary, invalid =>
        {
            var response = Api.CreateAsync(invalid.ToParams(customer, Settings.RunId)).GetAwaiter().GetResult();
            var param = invalid.Breakage.ExactParam
                ? Expect.Error("invalid_request_error", invalid.Breakage.Param)
                : Expect.FieldIs("/error/param", "a param naming " + invalid.Breakage.Param, p => p?.ToString().StartsWith(invalid.Breakage.Param, StringComparison.Ordinal) == true);
            Require.That(response, [Expect.Status(400), Expect.Error("invalid_request_error"), param]);
            if (stateful)
            {
                Require.That(Api.ListAsync(new FormParams { ["customer"] = customer, ["limit"] = 1 }).GetAwaiter().GetResult(),
                    [Expect.Status(200), Expect.FieldIs("/data", "empty: no rejected request may leave a grant", d => d is JsonArray { Count: 0 })]);
            }
        });
    }
}

using System.Text.Json.Nodes;
using CreditGrantConformance.Client;
using CreditGrantConformance.Suite.Listing;
using CreditGrantConformance.Suite.Properties;

namespace CreditGrantConformance.Checks.Properties;

/// <summary>
/// Generated requests (FsCheck): valid ones round-trip, invalid ones are refused naming the one place that is wrong.
/// </summary>
public sealed class CreateCreditGrantProperties : CreditGrantTest
{
    [Check("property.valid_create_round_trips", Provenance.Spec, Categories.State,
        "Any valid create returns the grant it created with every sent value; retrieving it returns the same; "
        + "listing its customer shows it ahead of older grants", Sources.SpecCreate, RequiresState = true)]
    public void Any_valid_create_echoes_its_values_reads_back_the_same_and_lists_first()
    {
        // A customer per currency: whether one customer may hold grants in several currencies is undocumented.
        var customers = new Dictionary<string, string>(StringComparer.Ordinal);

        PropertyRunner.Check(Check, GrantGenerators.ValidArbitrary, spec =>
        {
            if (!customers.TryGetValue(spec.Currency, out var customer))
            {
                customer = customers[spec.Currency] = CreateCustomerAsync().GetAwaiter().GetResult();
            }

            var created = Api.CreateAsync(spec.ToParams(customer, Settings.RunId)).GetAwaiter().GetResult();
            Require.That(created, [Expect.Status(200), .. spec.Echo(customer, Settings.RunId)]);
            var id = ((JsonObject)created.Json!).Id();
            Require.That(
                Api.RetrieveAsync(id).GetAwaiter().GetResult(),
                [Expect.Status(200), Expect.Field("", created.Json!.DeepClone())]);
            Require.That(
                Api.ListAsync(new FormParams { ["customer"] = customer, ["limit"] = 100 }).GetAwaiter().GetResult(),
                [
                    Expect.Status(200),
                    Expect.Satisfies("/data", "the new grant ahead of older ones", d =>
                        ListOrder.ListedAheadOfOlder(ListedGrant.From(d), id)),
                ]);
        });
    }

    [Check("property.invalid_create_names_the_broken_place", Provenance.Observed, Categories.Validation,
        "A create broken in exactly one place (by a rule Stripe documents) answers 400 invalid_request_error "
        + "whose param names that place, and creates nothing", Sources.ObservedMissingParam)]
    public async Task Any_create_broken_in_one_place_is_refused_naming_that_place_and_creates_nothing()
    {
        var customer = await CreateCustomerAsync();
        var stateful = Settings.Profile == Suite.Configuration.Profile.Stateful;
        // Grants the target made for requests it accepted (each such case fails on its status): never "left behind".
        var accepted = new HashSet<string>(StringComparer.Ordinal);

        PropertyRunner.Check(Check, GrantGenerators.InvalidArbitrary, invalid =>
        {
            var response = Api.CreateAsync(invalid.ToParams(customer, Settings.RunId)).GetAwaiter().GetResult();
            if (response.StatusCode == 200 && response.Json?["id"]?.ToString() is { } id)
            {
                accepted.Add(id);
            }

            var param = invalid.Breakage.ExactParam
                ? Expect.ErrorParam(invalid.Breakage.Param)
                : Expect.FieldIs("/error/param", "a param naming " + invalid.Breakage.Param,
                    p => p?.ToString().StartsWith(invalid.Breakage.Param, StringComparison.Ordinal) == true)
                    .As(Provenance.Observed);
            Require.That(response, [Expect.Status(400), Expect.Error("invalid_request_error"), param]);
            if (stateful)
            {
                Require.That(
                    Api.ListAsync(new FormParams { ["customer"] = customer, ["limit"] = 1 }).GetAwaiter().GetResult(),
                    [
                        Expect.Status(200),
                        Expect.FieldIs(
                            "/data",
                            "no grant but those of accepted requests: a rejected request leaves none",
                            d => d is JsonArray a && a.All(g => accepted.Contains(g?["id"]?.ToString() ?? ""))),
                    ]);
            }
        });
    }
}

using CreditGrantConformance.Client;
using CreditGrantConformance.Suite.Assertions;
using CreditGrantConformance.Suite.Checks;
using CreditGrantConformance.Suite.Http;
using CreditGrantConformance.Suite.Requests;

namespace CreditGrantConformance.Checks.CreditGrants;

public sealed partial class CreateCreditGrantTests
{
    private static IEnumerable<TestCaseData> InvalidInputs => InvalidCases.For(Operations.Create);

    [TestCaseSource(nameof(InvalidInputs))]
    [Check("create.rejects_invalid_input", Provenance.Spec, Categories.Validation, "Each entry of fixtures/invalid-inputs.json states its rule")]
    public async Task Create_rejects_a_request_broken_in_one_place_naming_that_place(InvalidCase invalid)
    {
        var response = await Api.CreateAsync(invalid.Apply(await ValidGrantAsync()));

        response.ShouldReject(invalid.Expect);
    }

    [Test]
    [RequiresState]
    [Check("create.rejected_leaves_nothing_behind", Provenance.Documented, Categories.Validation,
        "A request that fails validation has no effect: Stripe stores nothing for it (API reference, idempotent requests: validation failures are not executed)")]
    public async Task Create_requests_that_are_rejected_leave_no_grant_behind()
    {
        var customer = await CustomerIdAsync();
        var before = await GrantIdsAsync(customer);

        foreach (var invalid in InvalidCatalogue.For(Operations.Create).Where(c => !c.Remove.Contains("customer")))
        {
            await Api.CreateAsync(invalid.Apply(await ValidGrantAsync()));
        }

        var after = await GrantIdsAsync(customer);
        Assert.That(after.Except(before), Is.Empty, "Grants of this fixture's customer appeared after requests that were all rejected.");
    }

    private static async Task<IReadOnlyList<string>> GrantIdsAsync(string customer)
    {
        var response = await Api.ListAsync(new FormParams { ["customer"] = customer, ["limit"] = 100 });
        response.Should(Expect.Status(200));
        return response.Json!["data"]!.AsArray().Select(g => g!["id"]!.ToString()).ToList();
    }
}

using System.Text.Json.Nodes;
using CreditGrantConformance.Client;
using CreditGrantConformance.Suite.Assertions;
using CreditGrantConformance.Suite.Requests;

namespace CreditGrantConformance.Suite.Fixtures;

/// <summary>
/// Adds a customer of the fixture's own (created on first use, so that its failure is reported by the check that needed
/// it) and helpers to create grants for it. Lists filtered by this customer see only this fixture's grants, which keeps
/// fixtures independent when they run in parallel or against a shared live account.
/// </summary>
public abstract class CreditGrantTest : ConformanceTest
{
    private readonly Lazy<Task<string>> customer;
    private readonly Lazy<Task<string>> sharedGrant;

    protected CreditGrantTest()
    {
        customer = new Lazy<Task<string>>(CreateCustomerAsync);
        sharedGrant = new Lazy<Task<string>>(async () => (await CreateGrantAsync().ConfigureAwait(false)).Id());
    }

    protected Task<string> CustomerIdAsync() => customer.Value;

    /// <summary>
    /// One grant per fixture for checks that must not change it (rejected requests), to spare a create per case.
    /// </summary>
    protected Task<string> SharedGrantIdAsync() => sharedGrant.Value;

    protected async Task<FormParams> ValidGrantAsync() =>
        GrantRequests.Minimal(await CustomerIdAsync().ConfigureAwait(false), Settings.RunId);

    /// <summary>
    /// Creates a grant (optionally changed first) and returns it; a refused create fails the check here.
    /// </summary>
    protected async Task<JsonObject> CreateGrantAsync(Action<FormParams>? change = null)
    {
        var request = await ValidGrantAsync().ConfigureAwait(false);
        change?.Invoke(request);
        var response = await Api.CreateAsync(request).ConfigureAwait(false);
        response.Should(Expect.Status(200));
        return (JsonObject)response.Json!;
    }

    protected static async Task<string> CreateCustomerAsync()
    {
        var response = await Api.CreateCustomerAsync(GrantRequests.Customer(Settings.RunId)).ConfigureAwait(false);
        response.Should(Expect.Status(200), Expect.FieldIs("/id", "a customer id", id => id is JsonValue));
        return response.Json!["id"]!.GetValue<string>();
    }
}

using CreditGrantConformance.Client;
using CreditGrantConformance.Operations;
using CreditGrantConformance.Suite.Failures;

namespace CreditGrantConformance.Suite.Http;

/// <summary>
/// The operations of the API under test, as one check sends them: every attempt is recorded in the check's scope,
/// every response passes the <see cref="SchemaGate"/>, every object created is remembered for cleanup.
/// </summary>
public sealed partial class CreditGrantApi(
    IStripeTransport transport,
    SchemaGate gate,
    CheckScope scope,
    CleanupRegistry cleanup,
    string apiVersion)
{
    public Task<StripeResponse> ListAsync(FormParams? query = null) => SendAsync(ApiOperation.List, null, query, null);

    public Task<StripeResponse> RetrieveAsync(string id, FormParams? query = null) =>
        SendAsync(ApiOperation.Retrieve, id, query, null);

    public Task<StripeResponse> CreateAsync(FormParams parameters, string? idempotencyKey = null) =>
        SendAsync(ApiOperation.Create, null, parameters, idempotencyKey);

    public Task<StripeResponse> UpdateAsync(string id, FormParams parameters, string? idempotencyKey = null) =>
        SendAsync(ApiOperation.Update, id, parameters, idempotencyKey);

    public Task<StripeResponse> ExpireAsync(string id, FormParams? parameters = null) =>
        SendAsync(ApiOperation.Expire, id, parameters, null);

    public Task<StripeResponse> VoidAsync(string id, FormParams? parameters = null) =>
        SendAsync(ApiOperation.Void, id, parameters, null);

    public Task<StripeResponse> CreateCustomerAsync(FormParams parameters) =>
        SendAsync(ApiOperation.CreateCustomer, null, parameters, null);

    public Task<StripeResponse> DeleteCustomerAsync(string id) =>
        SendAsync(ApiOperation.DeleteCustomer, id, null, null);

    /// <summary>Any operation by its descriptor (data-driven checks pick the operation from their case).</summary>
    public Task<StripeResponse> SendAsync(
        ApiOperation operation,
        string? id,
        FormParams? parameters,
        string? idempotencyKey) =>
        SendAsync(operation.Request(id, parameters) with { IdempotencyKey = idempotencyKey });

    /// <summary>
    /// Sends any request (checks of headers, auth and routes build their own) through the schema gate.
    /// </summary>
    public async Task<StripeResponse> SendAsync(StripeRequest request)
    {
        request = VersionedRequests.Adapt(request, apiVersion);
        var response = await transport.SendAsync(request, scope).ConfigureAwait(false);
        if (response.RetriesExhausted)
        {
            throw new TargetBrokeException(
                $"Environment: the target still answered HTTP {response.StatusCode} "
                + $"after {response.Attempts} attempts, so the check could not be judged."
                + Environment.NewLine + ExchangeText.Describe(response.Exchange));
        }

        Remember(request, response);
        gate.Inspect(request, response, scope);
        return response;
    }

    private void Remember(StripeRequest request, StripeResponse response)
    {
        if (response.StatusCode != 200
            || response.Json?["id"]?.GetValueKind() != System.Text.Json.JsonValueKind.String)
        {
            return;
        }

        var id = response.Json["id"]!.GetValue<string>();
        if (request.Operation == ApiOperation.Create)
        {
            cleanup.AddGrant(id);
        }
        else if (request.Operation == ApiOperation.CreateCustomer)
        {
            cleanup.AddCustomer(id, request.Params["test_clock"] as string);
        }
        else if (request.Operation == ApiOperation.CreateTestClock)
        {
            cleanup.AddTestClock(id);
        }
    }
}

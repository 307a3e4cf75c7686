using CreditGrantConformance.Client;

namespace CreditGrantConformance.Suite.Http;

/// <summary>
/// The operations of the API under test. Every response goes through <see cref="SchemaGate"/>; every object created is
/// remembered for cleanup at the end of the run.
/// </summary>
public sealed partial class CreditGrantApi(IStripeTransport transport, CleanupRegistry cleanup)
{
    public const string GrantsPath = ApiOperation.Root;
    public const string CustomersPath = "/v1/customers";

    public Task<StripeResponse> ListAsync(FormParams? query = null) => SendAsync(ApiOperation.List, null, query, null, Operations.List);

    public Task<StripeResponse> RetrieveAsync(string id, FormParams? query = null) => SendAsync(ApiOperation.Retrieve, id, query, null, Operations.Retrieve);

    public Task<StripeResponse> CreateAsync(FormParams parameters, string? idempotencyKey = null) => SendAsync(ApiOperation.Create, null, parameters, idempotencyKey, Operations.Create);

    public Task<StripeResponse> UpdateAsync(string id, FormParams parameters, string? idempotencyKey = null) => SendAsync(ApiOperation.Update, id, parameters, idempotencyKey, Operations.Update);

    public Task<StripeResponse> ExpireAsync(string id, FormParams? parameters = null) => SendAsync(ApiOperation.Expire, id, parameters, null, Operations.Expire);

    public Task<StripeResponse> VoidAsync(string id, FormParams? parameters = null) => SendAsync(ApiOperation.Void, id, parameters, null, Operations.Void);

    public Task<StripeResponse> CreateCustomerAsync(FormParams parameters) =>
        SendAsync(new StripeRequest(HttpMethod.Post, CustomersPath) { Params = parameters, Operation = Operations.Customer });

    public Task<StripeResponse> DeleteCustomerAsync(string id) =>
        SendAsync(new StripeRequest(HttpMethod.Delete, CustomersPath + "/" + Uri.EscapeDataString(id)) { Operation = Operations.Customer });

    /// <summary>Sends any request (checks of headers, auth and routes build their own) through the schema gate.</summary>
    public async Task<StripeResponse> SendAsync(StripeRequest request)
    {
        var response = await transport.SendAsync(request).ConfigureAwait(false);
        if (response.RetriesExhausted)
        {
            throw new TargetBrokeException($"Environment: the target still answered HTTP {response.StatusCode} after {response.Attempts} attempts, so the check could not be judged.{Environment.NewLine}{ExchangeText.Describe(response.Exchange)}");
        }

        Remember(request, response);
        SchemaGate.Inspect(response, request.Operation);
        return response;
    }

    private void Remember(StripeRequest request, StripeResponse response)
    {
        if (request.Method != HttpMethod.Post || response.StatusCode != 200 || response.Json?["id"]?.GetValueKind() != System.Text.Json.JsonValueKind.String)
        {
            return;
        }

        var id = response.Json["id"]!.GetValue<string>();
        if (request.Path == GrantsPath)
        {
            cleanup.AddGrant(id);
        }
        else if (request.Path == CustomersPath)
        {
            cleanup.AddCustomer(id);
        }
    }

    private Task<StripeResponse> SendAsync(ApiOperation operation, string? id, FormParams? parameters, string? idempotencyKey, string label) =>
        SendAsync(operation.Request(id, parameters) with { IdempotencyKey = idempotencyKey, Operation = label });
}

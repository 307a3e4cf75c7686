using CreditGrantConformance.Client;
using CreditGrantConformance.Operations;

namespace CreditGrantConformance.Checks.CrossCutting;

public sealed class HeadersTests : CreditGrantTest
{
    [Check("headers.request_id_on_every_response", Provenance.Documented, Categories.Headers,
        "Each API request has an associated request identifier, in the Request-Id response header, errors included",
        Sources.RequestIds)]
    public async Task Every_response_carries_a_request_id_success_or_error()
    {
        var responses = new[]
        {
            await Api.CreateAsync(await ValidGrantAsync()),
            await Api.ListAsync(new FormParams { ["customer"] = await CustomerIdAsync(), ["limit"] = 1 }),
            await Api.CreateAsync(new FormParams { ["colour"] = "blue" }),
            await Api.SendAsync(ApiOperation.List.Request(null, null) with { Auth = AuthScheme.None }),
            await Api.SendAsync(
                new StripeRequest(HttpMethod.Get, ApiOperation.List.PathTemplate + "_conformance_unknown")),
        };

        foreach (var response in responses)
        {
            response.Should(Expect.Header("Request-Id", v => v.Length > 0, "non-empty"));
        }

        // Its format is opaque: observed once every response has one.
        foreach (var response in responses)
        {
            response.Should(Opaque.RequestId);
        }
    }

    [Check("headers.request_id_is_unique", Provenance.Documented, Categories.Headers,
        "The request identifier identifies one request: two requests never share one", Sources.RequestIds)]
    public async Task Two_identical_requests_get_different_request_ids()
    {
        // Lists of a customer of this check's own: empty, whatever other checks make meanwhile.
        var own = new FormParams { ["customer"] = await CreateCustomerAsync(), ["limit"] = 1 };
        var first = await Api.ListAsync(own);
        var second = await Api.ListAsync(own);

        second.Should(Expect.Header(
            "Request-Id",
            v => v != first.RequestId,
            $"different from the first request's {first.RequestId}"));
    }

    [Check("headers.errors_are_json", Provenance.Documented, Categories.Headers,
        "The API returns JSON-encoded responses, errors included", Sources.Introduction)]
    public async Task Error_responses_are_json_too()
    {
        var response = await Api.CreateAsync(new FormParams { ["colour"] = "blue" });

        response.Should(
            Expect.Status(400),
            Expect.Header(
                "Content-Type",
                v => v.StartsWith("application/json", StringComparison.OrdinalIgnoreCase),
                "application/json"));
    }
}

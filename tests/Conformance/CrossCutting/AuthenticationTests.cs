using CreditGrantConformance.Client;
using CreditGrantConformance.Operations;

namespace CreditGrantConformance.Checks.CrossCutting;

public sealed class AuthenticationTests : CreditGrantTest
{
    [Check("auth.missing_key_answers_401", Provenance.Observed, Categories.Auth,
        "A request without an API key answers 401 ('You did not provide an API key') "
        + "with an invalid_request_error envelope", Sources.ObservedMissingKey)]
    public async Task A_request_without_a_key_answers_401_with_an_error_envelope()
    {
        var response = await Api.SendAsync(ListRequest() with { Auth = AuthScheme.None });

        response.Should(Expect.Status(401), Expect.Error("invalid_request_error"));
    }

    [Check("auth.invalid_key_answers_401", Provenance.Observed, Categories.Auth,
        "A request with an unknown API key answers 401 ('Invalid API Key provided') "
        + "with an invalid_request_error envelope", Sources.ObservedInvalidKey)]
    public async Task A_request_with_an_unknown_key_answers_401_with_an_error_envelope()
    {
        var response = await Api.SendAsync(ListRequest() with { ApiKey = "sk_test_conformanceUnknownKey000000000000" });

        response.Should(Expect.Status(401), Expect.Error("invalid_request_error"));
    }

    [Check("auth.basic_auth_is_accepted", Provenance.Documented, Categories.Auth,
        "HTTP Basic with the key as user name is Stripe's documented authentication (curl -u sk_test_…:)",
        Sources.Authentication)]
    public async Task A_request_with_the_key_as_basic_auth_user_is_accepted()
    {
        // The list of a customer of this fixture's own: it holds nothing another check makes meanwhile, so the answer
        // judged here is about authentication alone.
        var own = new FormParams { ["customer"] = await CustomerIdAsync(), ["limit"] = 1 };
        var response = await Api.SendAsync(ApiOperation.List.Request(null, own) with { Auth = AuthScheme.Basic });

        response.Should(Shapes.List);
    }

    private static StripeRequest ListRequest() => ApiOperation.List.Request(null, new FormParams { ["limit"] = 1 });
}

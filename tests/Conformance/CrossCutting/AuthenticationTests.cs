using CreditGrantConformance.Client;
using CreditGrantConformance.Suite.Assertions;
using CreditGrantConformance.Suite.Checks;
using CreditGrantConformance.Suite.Fixtures;
using CreditGrantConformance.Suite.Http;

namespace CreditGrantConformance.Checks.CrossCutting;

public sealed class AuthenticationTests : ConformanceTest
{
    [Test]
    [Check("auth.missing_key_answers_401", Provenance.Observed, Categories.Auth,
        "A request without an API key answers 401 with an invalid_request_error envelope (API reference, errors: 'No valid API key provided'; B.1)")]
    public async Task A_request_without_a_key_answers_401_with_an_error_envelope()
    {
        var response = await Api.SendAsync(ListRequest() with { Auth = AuthScheme.None });

        response.Should(Expect.Status(401), Expect.Error("invalid_request_error"));
    }

    [Test]
    [Check("auth.invalid_key_answers_401", Provenance.Observed, Categories.Auth,
        "A request with an unknown API key answers 401 'Invalid API Key provided' with an invalid_request_error envelope (B.1)")]
    public async Task A_request_with_an_unknown_key_answers_401_with_an_error_envelope()
    {
        var response = await Api.SendAsync(ListRequest() with { ApiKey = "sk_test_conformanceUnknownKey000000000000" });

        response.Should(Expect.Status(401), Expect.Error("invalid_request_error"));
    }

    [Test]
    [Check("auth.basic_auth_is_accepted", Provenance.Documented, Categories.Auth,
        "HTTP Basic with the key as user name is Stripe's documented authentication (API reference, authentication: curl -u sk_test_…:)")]
    public async Task A_request_with_the_key_as_basic_auth_user_is_accepted()
    {
        var response = await Api.SendAsync(ListRequest() with { Auth = AuthScheme.Basic });

        response.Should(Shapes.List);
    }

    private static StripeRequest ListRequest() => new(HttpMethod.Get, CreditGrantApi.GrantsPath)
    {
        Params = new FormParams { ["limit"] = 1 },
        Operation = Operations.List,
    };
}

using CreditGrantConformance.Client;
using CreditGrantConformance.Suite.Assertions;
using CreditGrantConformance.Suite.Checks;
using CreditGrantConformance.Suite.Fixtures;
using CreditGrantConformance.Suite.Http;

namespace CreditGrantConformance.Checks.CrossCutting;

public sealed class RoutingTests : ConformanceTest
{
    [TestCase("GET", "/v1/billing/credit_grants_conformance_unknown")]
    [TestCase("DELETE", "/v1/billing/credit_grants/credgr_test_conformance")]
    [Check("routes.unknown_route_answers_404", Provenance.Observed, Categories.Errors,
        "An unknown URL answers 404 invalid_request_error 'Unrecognized request URL (METHOD: path)' (B.1)")]
    public async Task An_unknown_route_answers_404_with_an_error_envelope(string method, string path)
    {
        var response = await Api.SendAsync(new StripeRequest(new HttpMethod(method), path) { Operation = Operations.Other });

        response.Should(Expect.Status(404), Expect.Error("invalid_request_error"));
    }
}

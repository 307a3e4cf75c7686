using CreditGrantConformance.Client;
using CreditGrantConformance.Operations;

namespace CreditGrantConformance.Checks.CrossCutting;

public sealed class RoutingTests : ConformanceTest
{
    private const string Rule =
        "An unknown URL answers 404 invalid_request_error ('Unrecognized request URL (METHOD: path)')";

    private static IEnumerable<TestCaseData> UnknownRoutes()
    {
        yield return Route("unknown_path_answers_404", "a path no operation has",
            HttpMethod.Get, ApiOperation.List.PathTemplate + "_conformance_unknown");
        yield return Route("unknown_method_answers_404", "DELETE on a credit grant, which no operation has",
            HttpMethod.Delete, ApiOperation.Retrieve.PathFor("credgr_test_conformance"));
    }

    [TestCaseSource(nameof(UnknownRoutes))]
    [Check]
    public async Task An_unknown_route_answers_404_with_an_error_envelope(HttpMethod method, string path)
    {
        var response = await Api.SendAsync(new StripeRequest(method, path));

        response.Should(Expect.Status(404), Expect.Error("invalid_request_error"));
    }

    private static TestCaseData Route(string key, string title, HttpMethod method, string path) =>
        CheckCase.Of(
            new CheckInfo(
                "routes." + key,
                title + " answers 404",
                Categories.Errors,
                Provenance.Observed,
                Rule,
                Sources.ObservedUnknownRoute),
            method,
            path);
}

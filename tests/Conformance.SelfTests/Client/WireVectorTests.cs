using System.Text.Json.Nodes;
using CreditGrantConformance.Client;
using CreditGrantConformance.Operations;

namespace CreditGrantConformance.SelfTests.Client;

/// <summary>
/// The suite's own client against the wire vectors any SDK can load: what it sends, and what it makes of answers.
/// </summary>
public sealed class WireVectorTests
{
    [TestCase(WireVectors.RequestsFile)]
    [TestCase(WireVectors.ResponsesFile)]
    public void Every_operation_has_a_vector(string file) =>
        Assert.That(
            ApiOperation.All.Select(o => o.Name).Except(WireVectors.Operations(file)),
            Is.Empty,
            $"operations with no vector in fixtures/wire/{file}: add one (what the operation sends, or what it "
            + "answers), as the other operations' vectors are written.");

    [TestCaseSource(typeof(WireVectors), nameof(WireVectors.Requests))]
    public async Task The_client_sends_what_the_request_vector_says(JsonObject vector)
    {
        await using var server = await ScriptedServer.StartAsync();
        using var client = new StripeClient(
            new ClientOptions { BaseUrl = server.BaseUrl, ApiKey = "sk_test_wireVectors" },
            new RequestRateLimiter(1000));
        var operation = ApiOperation.Named(vector["operation"]!.ToString());
        var expected = vector["request"]!;

        await client.SendAsync(
            operation.Request(vector["id_param"]?.ToString(), FormJson.ToParams(vector["params"]!.AsObject())));

        var received = server.Requests.Single();
        var pathAndQuery = received.PathAndQuery.Split('?', 2);
        var sent = operation.Method == HttpMethod.Get ? (pathAndQuery.ElementAtOrDefault(1) ?? "") : received.Body;
        var sentPairs = StripeForm.Canonical(StripeForm.Decode(sent));
        Assert.Multiple(() =>
        {
            Assert.That(received.Method, Is.EqualTo(expected["method"]!.ToString()));
            Assert.That(pathAndQuery[0], Is.EqualTo(expected["path"]!.ToString()));
            Assert.That(
                sentPairs.Select(p => $"{p.Key}={p.Value}"),
                Is.EqualTo(expected["form"]!.AsArray().Select(p => $"{p![0]}={p[1]}")),
                "ordered form pairs");
        });
    }

    [TestCaseSource(typeof(WireVectors), nameof(WireVectors.Responses))]
    public async Task The_client_returns_what_the_response_vector_says(JsonObject vector)
    {
        var answer = vector["response"]!;
        var headers = answer["headers"]!
            .AsObject()
            .Where(h => h.Key != "Content-Type")
            .Select(h => (h.Key, h.Value!.ToString()))
            .ToArray();
        await using var server = await ScriptedServer.StartAsync(
            (int)answer["status"]!,
            answer["body"]!.ToJsonString(),
            headers);
        using var client = new StripeClient(
            new ClientOptions { BaseUrl = server.BaseUrl, ApiKey = "sk_test_wireVectors", MaxRetries = 0 },
            new RequestRateLimiter(1000));
        var operation = ApiOperation.Named(vector["operation"]!.ToString());

        var response = await client.SendAsync(operation.Request(operation.TakesId ? "credgr_test_vector" : null, null));

        var returns = vector["returns"]!;
        if (returns["object"] is { } expectedObject)
        {
            Assert.That(JsonNode.DeepEquals(response.Json, expectedObject), Is.True, response.Body);
            return;
        }

        var error = returns["error"]!;
        Assert.That(ApiError.From(response), Is.EqualTo(new ApiError(
            (int)error["status"]!,
            error["type"]?.ToString(),
            error["code"]?.ToString(),
            error["param"]?.ToString(),
            error["message"]?.ToString(),
            error["request_id"]?.ToString())));
    }
}

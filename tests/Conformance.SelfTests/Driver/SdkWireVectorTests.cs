using System.Text.Json.Nodes;
using CreditGrantConformance.Client;
using CreditGrantConformance.Operations;
using CreditGrantConformance.SelfTests.Client;
using CreditGrantConformance.Suite.Configuration;

namespace CreditGrantConformance.SelfTests.Driver;

/// <summary>
/// The request wire vectors through each SDK driver: every operation reaches its SDK call, and the request the SDK
/// sends is the one the vector says, its pairs in any order (Stripe reads them the same, fixtures/wire/README.md).
/// </summary>
[Category("driver")]
[TestFixture("node")]
[TestFixture("dotnet")]
public sealed class SdkWireVectorTests(string sdk)
{
    private const string Key = "sk_test_wireVectors";
    private ScriptedServer server = null!;
    private DriverLines driver = null!;
    private int seq;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        string command;
        if (sdk == "node")
        {
            await NodeTools.EnsureInstalledAsync();
            command = "node drivers/node/stripe-driver.mjs";
        }
        else
        {
            command = DotnetDriverTests.Built();
        }

        server = await ScriptedServer.StartAsync();
        driver = await DriverLines.StartAsync(command, RepositoryLocator.FindRoot());
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        driver.Dispose();
        await server.DisposeAsync();
    }

    [TestCaseSource(typeof(WireVectors), nameof(WireVectors.Requests))]
    public async Task The_sdk_sends_what_the_request_vector_says(JsonObject vector)
    {
        var operation = ApiOperation.Named(vector["operation"]!.ToString());
        var id = vector["id_param"]?.ToString();
        var expected = vector["request"]!;
        server.Requests.Clear();

        var answer = await driver.CallAsync(new JsonObject
        {
            ["seq"] = ++seq,
            ["operation"] = operation.Name,
            ["id"] = id,
            ["path"] = operation.PathFor(id),
            ["params"] = vector["params"]!.DeepClone(),
            ["idempotency_key"] = operation.Method == HttpMethod.Post ? "cgc_wireVector" : null,
            ["base_url"] = server.BaseUrl.ToString(),
            ["api_key"] = Key,
            ["stripe_version"] = null,
        });

        Assert.That(answer["status"]?.GetValue<int>(), Is.EqualTo(200), $"{answer.ToJsonString()}{driver.Stderr}");
        var received = server.Requests.Single();
        var pathAndQuery = received.PathAndQuery.Split('?', 2);
        var sent = operation.Method == HttpMethod.Get || operation.Method == HttpMethod.Delete
            ? pathAndQuery.ElementAtOrDefault(1) ?? ""
            : received.Body;
        Assert.Multiple(() =>
        {
            Assert.That(received.Method, Is.EqualTo(expected["method"]!.ToString()));
            Assert.That(Uri.UnescapeDataString(pathAndQuery[0]), Is.EqualTo(expected["path"]!.ToString()));
            Assert.That(
                StripeForm.Canonical(StripeForm.Decode(sent)).Select(p => $"{p.Key}={p.Value}"),
                Is.EquivalentTo(expected["form"]!.AsArray().Select(p => $"{p![0]}={p[1]}")),
                "form pairs, in any order");
        });
    }
}

using System.Diagnostics;
using System.Globalization;
using CreditGrantConformance.Client;
using CreditGrantConformance.Operations;
using CreditGrantConformance.ReferenceServer;
using CreditGrantConformance.Results.Summary;
using CreditGrantConformance.Suite.Configuration;

namespace CreditGrantConformance.Benchmarks;

/// <summary>
/// The floor of one request: the product's client against a loopback route that does nothing (an unknown-route 404 of
/// the reference server needs auth, routing and one JSON write), next to a real retrieve and a real create; and, when a
/// summary of a suite run exists, the suite's time per request beside them.
/// </summary>
internal static class FloorBenchmark
{
    private const int Warmup = 200;
    private const int Samples = 2000;

    public static async Task RunAsync(TextWriter output)
    {
        const string key = "sk_test_benchmark";
        await using var server = await ReferenceServerHost.StartAsync(
            new ReferenceServerOptions { ApiKeys = new HashSet<string> { key } });
        using var client = new StripeClient(
            new ClientOptions { BaseUrl = server.BaseUrl, ApiKey = key },
            new RequestRateLimiter(1_000_000));
        var customer = (await client.SendAsync(ApiOperation.CreateCustomer.Request(null, null)))
            .Json!["id"]!.ToString();
        var grant = GrantBody(customer);
        var id = (await client.SendAsync(ApiOperation.Create.Request(null, grant))).Json!["id"]!.ToString();

        output.WriteLine($"Client round trips on loopback, {Samples} sequential requests each after {Warmup} "
            + "warm-up (mean, p50, p99):");
        await MeasureAsync(output, "floor: unknown route (404)",
            () => client.SendAsync(new StripeRequest(HttpMethod.Get, ApiOperation.List.PathTemplate + "_floor")));
        await MeasureAsync(output, "retrieve a grant", () => client.SendAsync(ApiOperation.Retrieve.Request(id, null)));
        await MeasureAsync(output, "create a grant", () => client.SendAsync(ApiOperation.Create.Request(null, grant)));
        SuiteFigures(output);
    }

    public static FormParams GrantBody(string customer) => new()
    {
        ["amount"] = new FormParams
        {
            ["type"] = "monetary",
            ["monetary"] = new FormParams { ["currency"] = "usd", ["value"] = 1000 },
        },
        ["applicability_config"] = new FormParams { ["scope"] = new FormParams { ["price_type"] = "metered" } },
        ["customer"] = customer,
    };

    private static async Task MeasureAsync(TextWriter output, string name, Func<Task<StripeResponse>> send)
    {
        for (var i = 0; i < Warmup; i++)
        {
            await send();
        }

        var latencies = new Latencies();
        for (var i = 0; i < Samples; i++)
        {
            var clock = Stopwatch.StartNew();
            await send();
            latencies.Add(clock.Elapsed);
        }

        output.WriteLine(
            $"  {name,-28} {Latencies.Ms(latencies.Mean),12} {Latencies.Ms(latencies.Percentile(50)),12} "
            + $"{Latencies.Ms(latencies.Percentile(99)),12}");
    }

    // The suite's own figure comes from its last summary: wall time of the run divided by the requests it sent.
    private static void SuiteFigures(TextWriter output)
    {
        var path = SummaryFile.PathIn(Path.Combine(RepositoryLocator.FindRoot(), "artifacts"));
        if (!File.Exists(path))
        {
            output.WriteLine("No artifacts/conformance-summary.json: run `dotnet test tests/Conformance` first "
                + "for the suite's time per request.");
            return;
        }

        var summary = SummaryFile.Parse(File.ReadAllText(path));
        var seconds = summary.DurationSeconds ?? 0;
        var requests = summary.Requests?.Total ?? 0;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Suite run {summary.RunId} against {summary.Target?.Name}: "
            + $"{summary.Checks.Count} checks, {requests} requests in {seconds:0.000} s of run time = "
            + $"{Latencies.Ms(seconds * 1000 / requests)} per request (checks run four fixtures in parallel)."));
    }
}

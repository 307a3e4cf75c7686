using System.Diagnostics;
using System.Globalization;
using CreditGrantConformance.Client;
using CreditGrantConformance.Operations;
using CreditGrantConformance.ReferenceServer;

namespace CreditGrantConformance.Benchmarks;

/// <summary>
/// The reference server under concurrent load on loopback: for each operation, a fixed number of workers send requests
/// for a bounded time (and at most a bounded count), and the figures are throughput and latency percentiles.
/// </summary>
internal static class ServerBenchmark
{
    private const int Workers = 8;
    private const int MaxRequestsPerOperation = 200_000;

    public static async Task RunAsync(TextWriter output, TimeSpan duration)
    {
        const string key = "sk_test_benchmark";
        await using var server = await ReferenceServerHost.StartAsync(
            new ReferenceServerOptions { ApiKeys = new HashSet<string> { key } });
        using var client = new StripeClient(
            new ClientOptions { BaseUrl = server.BaseUrl, ApiKey = key, MaxRetries = 0 },
            new RequestRateLimiter(1_000_000));
        var customer = (await client.SendAsync(ApiOperation.CreateCustomer.Request(null, null)))
            .Json!["id"]!.ToString();
        var grant = FloorBenchmark.GrantBody(customer);
        var ids = new List<string>();
        for (var i = 0; i < 200; i++)
        {
            ids.Add((await client.SendAsync(ApiOperation.Create.Request(null, grant))).Json!["id"]!.ToString());
        }

        var next = 0;
        string AnyId() => ids[Interlocked.Increment(ref next) % ids.Count];
        var operations = new (string Name, Func<StripeRequest> Request)[]
        {
            ("create", () => ApiOperation.Create.Request(null, grant)),
            ("retrieve", () => ApiOperation.Retrieve.Request(AnyId(), null)),
            ("update", () => ApiOperation.Update.Request(
                AnyId(), new FormParams { ["metadata"] = new FormParams { ["n"] = "1" } })),
            ("list (limit 10, by customer)", () => ApiOperation.List.Request(
                null, new FormParams { ["customer"] = customer, ["limit"] = 10 })),
            ("expire (then 400s)", () => ApiOperation.Expire.Request(AnyId(), null)),
            ("void (then 400s)", () => ApiOperation.Void.Request(AnyId(), null)),
        };

        output.WriteLine(
            $"Reference server on loopback, {Workers} concurrent workers, {duration.TotalSeconds:0} s per operation "
            + $"({Environment.ProcessorCount} cores shared by client and server):");
        output.WriteLine($"  {"operation",-30} {"requests/s",12} {"p50",12} {"p99",12} {"errors",8}");
        foreach (var (name, request) in operations)
        {
            await MeasureAsync(output, client, name, request, duration);
        }
    }

    private static async Task MeasureAsync(
        TextWriter output,
        StripeClient client,
        string name,
        Func<StripeRequest> request,
        TimeSpan duration)
    {
        var latencies = new Latencies();
        var failures = 0;
        var sent = 0;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, Workers).Select(async _ =>
        {
            while (clock.Elapsed < duration && Interlocked.Increment(ref sent) <= MaxRequestsPerOperation)
            {
                var started = Stopwatch.GetTimestamp();
                var response = await client.SendAsync(request());
                latencies.Add(Stopwatch.GetElapsedTime(started));
                if (response.StatusCode >= 500)
                {
                    Interlocked.Increment(ref failures);
                }
            }
        }));
        var rate = latencies.Count / clock.Elapsed.TotalSeconds;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {name,-30} {rate,12:0} {Latencies.Ms(latencies.Percentile(50)),12} "
            + $"{Latencies.Ms(latencies.Percentile(99)),12} {failures,8}"));
    }
}

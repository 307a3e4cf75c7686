using System.Diagnostics;
using System.Net.Http.Headers;

namespace CreditGrantConformance.Benchmarks;

/// <summary>
/// Throughput and latency of one kind of request, sent by concurrent workers on one keep-alive connection each.
/// </summary>
internal sealed record Measured(double RequestsPerSecond, double P50, double P99, int Errors);

/// <summary>
/// A plain HttpClient load generator: lighter than the product's client, so the figures are the server's and Kestrel's,
/// and the same for the reference server and the bare endpoint it is compared with.
/// </summary>
internal sealed class LoadClient : IDisposable
{
    private readonly HttpClient http;
    private readonly int workers;

    public LoadClient(Uri baseUrl, string key, int workers)
    {
        this.workers = workers;
        http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = workers }) { BaseAddress = baseUrl };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
    }

    public async Task<Measured> MeasureAsync(Func<HttpRequestMessage> request, TimeSpan duration, TimeSpan warmup)
    {
        await RunAsync(request, warmup, null);
        var latencies = new Latencies();
        var clock = Stopwatch.StartNew();
        var errors = await RunAsync(request, duration, latencies);
        return new Measured(
            latencies.Count / clock.Elapsed.TotalSeconds, latencies.Percentile(50), latencies.Percentile(99), errors);
    }

    public void Dispose() => http.Dispose();

    private async Task<int> RunAsync(Func<HttpRequestMessage> request, TimeSpan duration, Latencies? latencies)
    {
        var errors = 0;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, workers).Select(async _ =>
        {
            while (clock.Elapsed < duration)
            {
                var started = Stopwatch.GetTimestamp();
                using var message = request();
                using var response = await http.SendAsync(message);
                await response.Content.ReadAsByteArrayAsync();
                latencies?.Add(Stopwatch.GetElapsedTime(started));
                if (!response.IsSuccessStatusCode)
                {
                    Interlocked.Increment(ref errors);
                }
            }
        }));
        return errors;
    }
}

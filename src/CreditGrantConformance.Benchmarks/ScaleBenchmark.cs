using System.Globalization;
using System.Text;
using CreditGrantConformance.ReferenceServer;

namespace CreditGrantConformance.Benchmarks;

/// <summary>
/// The reference server with 1k, 10k and 100k grants in its store: list, retrieve, create and update rates and latencies
/// beside a bare Kestrel endpoint answering a fixed JSON body (the floor), as figures and as ratios, with memory per grant.
/// </summary>
internal static class ScaleBenchmark
{
    private const string Key = "sk_test_benchmark";
    private const int Workers = 8;
    private static readonly int[] Sizes = [1_000, 10_000, 100_000];
    private static readonly TimeSpan Warmup = TimeSpan.FromMilliseconds(500);

    public static async Task RunAsync(TextWriter output, TimeSpan duration)
    {
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Scale: {Workers} workers on loopback, {duration.TotalSeconds:0.#} s per figure after {Warmup.TotalSeconds:0.#} s of warm-up, {Environment.ProcessorCount} cores shared by client and server."));
        // One untimed round first, so the first size is not measured while the JIT is still compiling.
        await MeasureSizeAsync(Sizes[0], TimeSpan.Zero, (_, _) => { });
        var rows = new Dictionary<string, List<Measured>>();
        var bytesPerGrant = new List<double>();
        byte[] retrieved = [];
        foreach (var size in Sizes)
        {
            var (filled, body) = await MeasureSizeAsync(size, duration, (name, measured) =>
            {
                (rows.TryGetValue(name, out var list) ? list : rows[name] = []).Add(measured);
                output.WriteLine($"  {size,7} grants  {name,-40} {Figure(measured)}");
            });
            bytesPerGrant.Add(filled.BytesPerGrant);
            retrieved = body;
        }

        await using var bare = await BareEndpoint.StartAsync(retrieved);
        using var floorLoad = new LoadClient(bare.BaseUrl, Key, Workers);
        var floor = await floorLoad.MeasureAsync(() => new HttpRequestMessage(HttpMethod.Get, "floor"), duration, Warmup);
        output.WriteLine($"  floor: bare endpoint, the same {retrieved.Length}-byte body: {Figure(floor)}");
        output.WriteLine();
        output.Write(Table(rows, floor, bytesPerGrant));
    }

    // Fills a fresh server with size grants, measures every operation (a zero duration only warms up), and answers the
    // filled store and the body of a retrieve, the floor's fixed answer.
    private static async Task<(FilledStore Filled, byte[] Retrieved)> MeasureSizeAsync(int size, TimeSpan duration, Action<string, Measured> report)
    {
        await using var server = await ReferenceServerHost.StartAsync(new ReferenceServerOptions { ApiKeys = new HashSet<string> { Key } });
        var filled = StoreFiller.Fill(server, size);
        using var load = new LoadClient(server.BaseUrl, Key, Workers);
        foreach (var (name, request) in Operations(filled))
        {
            report(name, await load.MeasureAsync(request, duration, duration == TimeSpan.Zero ? TimeSpan.FromSeconds(1) : Warmup));
        }

        using var http = new HttpClient { BaseAddress = server.BaseUrl };
        http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", Key);
        return (filled, await http.GetByteArrayAsync("v1/billing/credit_grants/" + filled.Ids[0]));
    }

    private static IEnumerable<(string Name, Func<HttpRequestMessage> Request)> Operations(FilledStore filled)
    {
        var next = 0L;
        string AnyId() => filled.Ids[(int)(Interlocked.Increment(ref next) * 7919 % filled.Ids.Count)];
        var cursor = filled.Ids[filled.Ids.Count / 4 * 2];
        var grant = $"amount[type]=monetary&amount[monetary][currency]=usd&amount[monetary][value]=1000&applicability_config[scope][price_type]=metered&customer={filled.Customer}";
        yield return ("list of 10 by customer", () => Get($"v1/billing/credit_grants?customer={filled.Customer}&limit=10"));
        yield return ("list of 10, unfiltered", () => Get("v1/billing/credit_grants?limit=10"));
        yield return ("list of 10 by customer, mid-list cursor", () => Get($"v1/billing/credit_grants?customer={filled.Customer}&limit=10&starting_after={cursor}"));
        yield return ("retrieve", () => Get("v1/billing/credit_grants/" + AnyId()));
        yield return ("create", () => Post("v1/billing/credit_grants", grant));
        yield return ("update (metadata)", () => Post("v1/billing/credit_grants/" + AnyId(), "metadata[n]=1"));
    }

    private static HttpRequestMessage Get(string path) => new(HttpMethod.Get, path);

    private static HttpRequestMessage Post(string path, string form) =>
        new(HttpMethod.Post, path) { Content = new StringContent(form, Encoding.UTF8, "application/x-www-form-urlencoded") };

    private static string Figure(Measured m) =>
        string.Create(CultureInfo.InvariantCulture, $"{m.RequestsPerSecond,7:0} req/s, p50 {m.P50:0.00} ms, p99 {m.P99:0.00} ms{(m.Errors > 0 ? $", {m.Errors} errors" : "")}");

    private static string Table(Dictionary<string, List<Measured>> rows, Measured floor, List<double> bytesPerGrant)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"| operation | {string.Join(" | ", Sizes.Select(s => $"{s / 1000}k grants"))} | {Sizes[^1] / 1000}k / {Sizes[0] / 1000}k |");
        text.AppendLine(CultureInfo.InvariantCulture, $"| --- |{string.Concat(Sizes.Select(_ => " --- |"))} --- |");
        foreach (var (name, measured) in rows)
        {
            var cells = measured.Select(m => string.Create(CultureInfo.InvariantCulture, $"{m.RequestsPerSecond:0} /s, {m.P50:0.00} / {m.P99:0.00} ms"));
            text.AppendLine(CultureInfo.InvariantCulture, $"| {name} | {string.Join(" | ", cells)} | {measured[^1].RequestsPerSecond / measured[0].RequestsPerSecond:0.00}× |");
        }

        var retrieve = rows["retrieve"];
        var floorCell = string.Create(CultureInfo.InvariantCulture, $"{floor.RequestsPerSecond:0} /s, {floor.P50:0.00} / {floor.P99:0.00} ms");
        text.AppendLine(CultureInfo.InvariantCulture, $"| floor: bare Kestrel endpoint, fixed JSON body | {string.Join(" | ", Sizes.Select(_ => floorCell))} | |");
        text.AppendLine(CultureInfo.InvariantCulture, $"| retrieve / floor | {string.Join(" | ", retrieve.Select(r => $"{r.RequestsPerSecond / floor.RequestsPerSecond:0.00}×"))} | |");
        text.AppendLine(CultureInfo.InvariantCulture, $"| managed memory per grant (bytes) | {string.Join(" | ", bytesPerGrant.Select(b => $"{b:0}"))} | |");
        return text.ToString();
    }
}

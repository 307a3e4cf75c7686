using System.Globalization;
using System.Text;
using CreditGrantConformance.ReferenceServer;

namespace CreditGrantConformance.Benchmarks;

/// <summary>
/// The reference server with 1k, 10k and 100k grants in its store: list, retrieve, create and update rates and
/// latencies beside a bare Kestrel endpoint answering a fixed JSON body (the floor), as figures and as ratios, with
/// memory per grant.
/// </summary>
internal static class ScaleBenchmark
{
    private const string Key = "sk_test_benchmark";
    private const int Workers = 8;
    private const int Rounds = 3;
    private static readonly int[] Sizes = [1_000, 10_000, 100_000];
    private const string Floor = "floor: bare Kestrel, the retrieve's JSON";
    private static readonly TimeSpan Warmup = TimeSpan.FromSeconds(1);

    public static async Task RunAsync(TextWriter output, TimeSpan duration)
    {
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Scale: {Workers} workers on loopback, {duration.TotalSeconds:0.#} s per figure in {Rounds} " +
            $"interleaved rounds (the median), " +
            $"after {Warmup.TotalSeconds:0.#} s of warm-up, " +
            $"{Environment.ProcessorCount} cores shared by client and server."));

        // One untimed round first, so the first size is not measured while the JIT is still compiling.
        await MeasureSizeAsync(Sizes[0], TimeSpan.Zero, (_, _) => { });
        var rows = new Dictionary<string, List<Measured>>();
        var bytesPerGrant = new List<double>();
        foreach (var size in Sizes)
        {
            await MeasureSizeAsync(size, duration, (name, measured) =>
            {
                (rows.TryGetValue(name, out var list) ? list : rows[name] = []).Add(measured);
                output.WriteLine($"  {size,7} grants  {name,-40} {Figure(measured)}");
            });
            bytesPerGrant.Add(StoreFiller.BytesPerGrant(size));
        }

        output.WriteLine();
        output.Write(Table(rows, bytesPerGrant));
    }

    // Fills a fresh server with size grants and measures every operation and the floor (a bare endpoint answering the
    // body of a retrieve) in interleaved rounds, reporting the round of median rate: the machine is shared, and
    // interleaving spreads what other processes do over all figures alike. A zero duration only warms up.
    private static async Task MeasureSizeAsync(int size, TimeSpan duration, Action<string, Measured> report)
    {
        await using var server = await ReferenceServerHost.StartAsync(
            new ReferenceServerOptions { ApiKeys = new HashSet<string> { Key } });
        var filled = StoreFiller.Fill(server, size);
        using var load = new LoadClient(server.BaseUrl, Key, Workers);
        using var http = new HttpClient { BaseAddress = server.BaseUrl };
        http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", Key);
        await using var bare = await BareEndpoint.StartAsync(
            await http.GetByteArrayAsync("v1/billing/credit_grants/" + filled.Ids[0]));
        using var floorLoad = new LoadClient(bare.BaseUrl, Key, Workers);
        var operations = Operations(filled).Select(o => (o.Name, Client: load, o.Request))
            .Append((Floor, floorLoad, () => new HttpRequestMessage(HttpMethod.Get, "floor"))).ToList();
        var rounds = new Dictionary<string, List<Measured>>();
        for (var round = 0; round < Rounds; round++)
        {
            foreach (var (name, client, request) in operations)
            {
                var measured = await client.MeasureAsync(
                    request, duration / Rounds, round == 0 ? Warmup : TimeSpan.Zero);
                (rounds.TryGetValue(name, out var list) ? list : rounds[name] = []).Add(measured);
            }
        }

        foreach (var (name, measured) in rounds)
        {
            report(name, measured.OrderBy(m => m.RequestsPerSecond).ElementAt(Rounds / 2));
        }
    }

    private static IEnumerable<(string Name, Func<HttpRequestMessage> Request)> Operations(FilledStore filled)
    {
        var next = 0L;
        string AnyId() => filled.Ids[(int)(Interlocked.Increment(ref next) * 7919 % filled.Ids.Count)];
        var cursor = filled.Ids[filled.Ids.Count / 4 * 2];
        var grant = "amount[type]=monetary&amount[monetary][currency]=usd&amount[monetary][value]=1000"
            + "&applicability_config[scope][price_type]=metered"
            + "&customer=" + filled.Customer;
        var list = "v1/billing/credit_grants?limit=10";
        yield return ("list of 10 by customer", () => Get($"{list}&customer={filled.Customer}"));
        yield return ("list of 10, unfiltered", () => Get(list));
        yield return ("list of 10 by customer, mid-list cursor",
            () => Get($"{list}&customer={filled.Customer}&starting_after={cursor}"));
        yield return ("retrieve", () => Get("v1/billing/credit_grants/" + AnyId()));
        yield return ("create", () => Post("v1/billing/credit_grants", grant));
        yield return ("update (metadata)", () => Post("v1/billing/credit_grants/" + AnyId(), "metadata[n]=1"));
    }

    private static HttpRequestMessage Get(string path) => new(HttpMethod.Get, path);

    private static HttpRequestMessage Post(string path, string form) =>
        new(HttpMethod.Post, path)
        {
            Content = new StringContent(form, Encoding.UTF8, "application/x-www-form-urlencoded"),
        };

    private static string Figure(Measured m) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{m.RequestsPerSecond,7:0} req/s, p50 {m.P50:0.00} ms, p99 {m.P99:0.00} ms")
        + (m.Errors > 0 ? $", {m.Errors} errors" : "");

    private static string Table(Dictionary<string, List<Measured>> rows, List<double> bytesPerGrant)
    {
        var text = new StringBuilder();
        var sizes = string.Join(" | ", Sizes.Select(s => $"{s / 1000}k grants"));
        text.AppendLine(CultureInfo.InvariantCulture,
            $"| operation | {sizes} | {Sizes[^1] / 1000}k / {Sizes[0] / 1000}k | the same, each against its floor |");
        text.AppendLine(CultureInfo.InvariantCulture,
            $"| --- |{string.Concat(Sizes.Select(_ => " --- |"))} --- | --- |");
        var floor = rows[Floor];
        foreach (var (name, measured) in rows)
        {
            var cells = measured.Select(m => string.Create(CultureInfo.InvariantCulture,
                $"{m.RequestsPerSecond:0} /s, {m.P50:0.00} / {m.P99:0.00} ms"));
            var scale = measured[^1].RequestsPerSecond / measured[0].RequestsPerSecond;
            var againstFloor = scale / (floor[^1].RequestsPerSecond / floor[0].RequestsPerSecond);
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {name} | {string.Join(" | ", cells)} | {scale:0.00}× | {againstFloor:0.00}× |");
        }

        var ratios = rows["retrieve"].Zip(floor, (r, f) => string.Create(CultureInfo.InvariantCulture,
            $"{r.RequestsPerSecond / f.RequestsPerSecond:0.00}×"));
        text.AppendLine(CultureInfo.InvariantCulture, $"| retrieve / floor | {string.Join(" | ", ratios)} | | |");
        text.AppendLine(CultureInfo.InvariantCulture,
            $"| managed memory per grant (bytes) | {string.Join(" | ", bytesPerGrant.Select(b => $"{b:0}"))} | | |");
        return text.ToString();
    }
}

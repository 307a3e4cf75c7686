using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using CreditGrantConformance.Suite.Configuration;
using CreditGrantConformance.Suite.Schemas;

namespace CreditGrantConformance.Benchmarks;

/// <summary>
/// What the schema gate costs per response: validation and drift of a credit grant, a list of ten grants and an error
/// envelope, the three shapes every run answers most. A short run, in process, so the mode stays well under two
/// minutes.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ShortInProcess))]
public class SchemaBenchmark
{
    // Shaped as the reference server answers a create with every optional field set.
    private const string Grant = """
        {"id":"credgr_test_61Rkq2Zx6bBcV1","object":"billing.credit_grant",
         "amount":{"type":"monetary","monetary":{"currency":"usd","value":1000}},
         "applicability_config":{"scope":{"price_type":"metered"}},"category":"paid","created":1726688796,
         "customer":"cus_QpSb3Ntz6d2Fhm","customer_account":null,
         "effective_at":1726688796,"expires_at":1758224796,"livemode":false,
         "metadata":{"conformance_run":"run_20261123","purpose":"benchmark"},"name":"Benchmark grant",
         "priority":50,"test_clock":null,"updated":1726688796,"voided_at":null}
        """;

    private const string Error = """
        {"error":{"type":"invalid_request_error","code":"parameter_missing","param":"amount",
         "message":"Missing required param: amount.",
         "doc_url":"https://stripe.com/docs/error-codes/parameter-missing",
         "request_log_url":"https://dashboard.stripe.com/test/logs/req_1"}}
        """;

    private static readonly string List =
        $$"""{"object":"list","data":[{{string.Join(",", Enumerable.Repeat(Grant, 10))}}],"has_more":"""
        + """true,"url":"/v1/billing/credit_grants"}""";

    private SchemaCatalog catalog = null!;

    [GlobalSetup]
    public void Setup()
    {
        catalog = SchemaCatalog.Load(Path.Combine(RepositoryLocator.FindRoot(), "schemas"));
        foreach (var (kind, json) in new[]
        {
            (SchemaKind.CreditGrant, Grant),
            (SchemaKind.CreditGrantList, List),
            (SchemaKind.Error, Error),
        })
        {
            var report = catalog.Validate(kind, json);
            if (!report.IsValid || report.UnknownFields.Count > 0)
            {
                throw new InvalidOperationException(
                    $"The {kind} sample must be valid and drift-free, or the figure measures error paths: "
                    + $"{string.Join("; ", report.Violations)}");
            }
        }
    }

    [Benchmark]
    public SchemaReport CreditGrant() => catalog.Validate(SchemaKind.CreditGrant, Grant);

    [Benchmark]
    public SchemaReport ListOfTenGrants() => catalog.Validate(SchemaKind.CreditGrantList, List);

    [Benchmark]
    public SchemaReport ErrorEnvelope() => catalog.Validate(SchemaKind.Error, Error);

    // In process: no second build of a generated project, which alone would take a minute on two cores. Ten warm-up
    // iterations instead of ShortRun's three: on two shared cores the validators' code needs a few seconds to reach its
    // tiered-JIT steady state, and the first benchmark measured part of that. About 40 s in all. BenchmarkDotNet's logs
    // and reports go under artifacts/, which git ignores, instead of the working directory.
    private sealed class ShortInProcess : ManualConfig
    {
        public ShortInProcess()
        {
            AddJob(Job.ShortRun
                .WithWarmupCount(10)
                .WithIterationCount(5)
                .WithToolchain(InProcessEmitToolchain.Instance));
            ArtifactsPath = Path.Combine(RepositoryLocator.FindRoot(), "artifacts", "benchmarks");
        }
    }
}

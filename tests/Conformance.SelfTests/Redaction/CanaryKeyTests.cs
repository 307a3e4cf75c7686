using CreditGrantConformance.ReferenceServer;
using CreditGrantConformance.Results.Har;
using CreditGrantConformance.SelfTests.Faults;

namespace CreditGrantConformance.SelfTests.Redaction;

/// <summary>
/// The key never reaches an artifact: a run with a canary key, against a faulted server so that failure messages with
/// whole exchanges are written too, leaves no trace of it in the console or any file of the results directory.
/// </summary>
public sealed class CanaryKeyTests
{
    [Test]
    public async Task A_canary_key_appears_in_no_artifact_of_a_failing_run()
    {
        var secret = "canary" + Guid.NewGuid().ToString("N");
        var key = "sk_test_" + secret;
        var results = Path.Combine(FaultRuns.ResultsRoot, "canary");
        if (Directory.Exists(results))
        {
            Directory.Delete(results, recursive: true);
        }

        await using var server = await ReferenceServerHost.StartAsync(new ReferenceServerOptions
        {
            ApiKeys = new HashSet<string> { key },
            Faults = new HashSet<string> { "errors.flat_envelope" },
        });
        var run = await SuiteProcess.RunAsync(server.BaseUrl, key, results);
        var files = Directory.GetFiles(results, "*", SearchOption.AllDirectories);
        var leaks = files.Where(f => File.ReadAllText(f).Contains(secret, StringComparison.Ordinal)).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(
                run.Verdict,
                Is.EqualTo("fail"),
                "the run must fail, so that failure messages are part of what is scanned");
            Assert.That(
                files.Select(Path.GetFileName),
                Has.Some.EndsWith(".trx")
                    .And.Some.EqualTo("conformance-summary.json")
                    .And.Some.EqualTo(HarFields.FileName),
                "the HTTP archive, which holds every exchange, is among the files scanned");
            Assert.That(leaks, Is.Empty, "files that contain the key");
            Assert.That(run.Console, Does.Not.Contain(secret), "the console output contains the key");
        });
    }
}

using CreditGrantConformance.Results;
using CreditGrantConformance.SelfTests.Faults;
using CreditGrantConformance.Suite.Configuration;

namespace CreditGrantConformance.SelfTests.Outputs;

/// <summary>
/// Every run owns what it writes in its results directory: a full run writes nothing outside
/// <see cref="ResultFiles.Owned"/>, and the next run, even one that does not start, leaves nothing of it to be read as
/// its own (no stale PASS in the text summary, no old archive, no old Allure results under a NOT STARTED title).
/// </summary>
public sealed class ResultsDirectoryTests
{
    private const string OneCheck = "CheckId=create.echoes_name";
    private static readonly string Root = Path.Combine(FaultRuns.ResultsRoot, "results-directory");

    // What the self-tests' harness puts there itself: each run's copy of the snapshots, and TRX of process runs.
    private static readonly string[] Harness = ["snapshots", "trx"];

    [Test]
    public async Task A_run_that_does_not_start_leaves_nothing_of_the_run_before_it()
    {
        var results = Path.Combine(Root, "not-started");
        var finished = await FaultRuns.RunAsync(null, results, new Dictionary<string, string>(), OneCheck);
        var written = Entries(results);

        var stopped = await FaultRuns.RunAsync(
            null, results, new Dictionary<string, string> { [SettingNames.Profile] = "bogus" }, OneCheck);
        var text = File.ReadAllLines(Path.Combine(results, ResultFiles.TextFileName));
        var allure = Path.Combine(results, ResultFiles.AllureDirectoryName);

        Assert.Multiple(() =>
        {
            Assert.That(finished.Verdict, Is.EqualTo("pass"), finished.Describe());
            Assert.That(written, Is.SubsetOf(ResultFiles.Owned), "a new output is added to ResultFiles.Owned");
            // The JUnit file is the tool's (credit-grant-conformance run), which ToolRunTests hold.
            Assert.That(
                written,
                Is.EquivalentTo(ResultFiles.Owned.Where(name => name != ResultFiles.JunitFileName)),
                "the finished run wrote every output");
            Assert.That(stopped.Verdict, Is.EqualTo("not_started"));
            Assert.That(text[^1], Is.EqualTo("Verdict: NOT STARTED: " + SettingsException.InvalidSettings));
            Assert.That(text, Has.Some.StartsWith(SettingNames.Profile + " must be one of"));
            Assert.That(File.Exists(Path.Combine(results, "conformance.har")), Is.False, "the old archive went");
            Assert.That(Directory.GetFiles(allure, "*-result.json"), Is.Empty, "no old result under the new title");
            Assert.That(
                File.ReadAllText(Path.Combine(allure, "environment.properties")),
                Does.StartWith("verdict=NOT STARTED"));
        });
    }

    [Test]
    public async Task An_unreachable_target_is_called_unreachable_not_invalid_settings()
    {
        var results = Path.Combine(Root, "unreachable");

        var run = await SuiteInProcess.RunAsync(new Uri("http://127.0.0.1:9/"), "sk_test_x", results, filter: OneCheck);
        var summary = run.Summary!;

        Assert.Multiple(() =>
        {
            Assert.That(summary.Verdict, Is.EqualTo("not_started"));
            Assert.That(
                summary.Headline,
                Is.EqualTo("NOT STARTED: the target at http://127.0.0.1:9/ is unreachable, no check ran"));
            Assert.That(summary.Problems!.Single(), Does.Contain("did not answer"));
            Assert.That(run.Console, Does.Not.Contain("settings are invalid"));
        });
    }

    private static List<string> Entries(string directory) =>
        Directory.EnumerateFileSystemEntries(directory)
            .Select(Path.GetFileName)
            .OfType<string>()
            .Where(name => !Harness.Contains(name))
            .ToList();
}

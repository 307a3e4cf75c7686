using System.Globalization;
using System.Xml.Linq;
using CreditGrantConformance.ReferenceServer;
using CreditGrantConformance.Results.Summary;

namespace CreditGrantConformance.SelfTests.Tool;

/// <summary>
/// The tool's <c>run</c> as a user's CI runs it, outside the repository: its verdict is its exit code, and its JUnit
/// file counts what the summary counts, each failure with its reason and rerun line.
/// </summary>
[Category("tool")]
public sealed class ToolRunTests
{
    private static readonly string[] Fast = ["--max-rps", "5000", "--property-cases", "20", "--seed", "20261123"];

    [Test]
    public async Task A_run_against_the_embedded_server_passes_and_its_junit_counts_equal_the_summary()
    {
        var directory = ToolProcess.NewWorkingDirectory();

        var result = await ToolProcess.RunAsync(directory, ["run", .. Fast]);

        var summary = Summary(directory);
        var junit = XDocument.Load(Path.Combine(directory, "artifacts", "conformance-junit.xml"));
        var suite = junit.Root!.Element("testsuite")!;
        var runner = summary.RunnerTotals!;
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.Zero, result.ToString());
            Assert.That(result.Output, Does.Contain("Verdict: PASS").And.Not.Contain("::error"));
            Assert.That(Count(suite, "tests"), Is.EqualTo(summary.Totals!["total"]));
            Assert.That(
                Count(suite, "failures") + Count(suite, "errors"), Is.EqualTo(runner.Failed));
            Assert.That(Count(suite, "skipped"), Is.EqualTo(runner.Skipped));
            Assert.That(suite.Elements("testcase").Count(), Is.EqualTo(Count(suite, "tests")));
            Assert.That(File.Exists(Path.Combine(directory, "artifacts", "conformance.har")));
        });
    }

    [Test]
    public async Task A_failing_check_is_a_junit_failure_and_a_github_annotation_with_its_rerun_line()
    {
        await using var server = await ReferenceServerHost.StartAsync(
            new ReferenceServerOptions { Faults = new HashSet<string> { "grant.livemode_true" } });
        var directory = ToolProcess.NewWorkingDirectory();
        string[] run =
        [
            "run", "--base-url", server.BaseUrl.ToString(), "--api-key", "sk_test_tool", "--check",
            "create.minimal_echoes_request_with_defaults", .. Fast,
        ];

        var result = await ToolProcess.RunAsync(directory, run, new Dictionary<string, string>
        {
            ["GITHUB_ACTIONS"] = "true",
        });

        var failure = XDocument.Load(Path.Combine(directory, "artifacts", "conformance-junit.xml"))
            .Descendants("failure").SingleOrDefault();
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(1), result.ToString());
            Assert.That(
                result.Output,
                Does.Contain("::error title=create.minimal_echoes_request_with_defaults::")
                    .And.Contain("credit-grant-conformance run --check create.minimal_echoes_request_with_defaults"));
            Assert.That(failure?.Value, Does.Contain("rerun: ").And.Contain("CONFORMANCE_SEED=20261123"));
            Assert.That(result.Output + result.Error, Does.Not.Contain("sk_test_tool"));
        });
    }

    [Test]
    public async Task An_invalid_setting_is_one_line_naming_it_and_exit_2()
    {
        var result = await ToolProcess.RunAsync(ToolProcess.NewWorkingDirectory(), ["run", "--profile", "sometimes"]);

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(2), result.ToString());
            Assert.That(result.Output, Does.Contain("error: CONFORMANCE_PROFILE must be one of"));
            Assert.That(result.Output + result.Error, Does.Not.Contain("   at "));
        });
    }

    [Test]
    public async Task An_unreachable_target_is_not_started_and_exit_3()
    {
        var directory = ToolProcess.NewWorkingDirectory();

        var result = await ToolProcess.RunAsync(
            directory, ["run", "--base-url", "http://127.0.0.1:9", "--api-key", "sk_test_x", "--timeout-seconds", "2"]);

        var junit = XDocument.Load(Path.Combine(directory, "artifacts", "conformance-junit.xml"));
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(3), result.ToString());
            Assert.That(result.Output, Does.Contain("127.0.0.1:9").And.Not.Contain("   at "));
            Assert.That(junit.Descendants("error").Count(), Is.EqualTo(1));
        });
    }

    private static int Count(XElement element, string attribute) =>
        int.Parse(element.Attribute(attribute)!.Value, CultureInfo.InvariantCulture);

    private static SummaryDocument Summary(string directory) =>
        SummaryFile.ReadFrom(Path.Combine(directory, "artifacts"));
}

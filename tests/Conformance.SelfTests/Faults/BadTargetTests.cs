using CreditGrantConformance.SelfTests.Client;
using CreditGrantConformance.Suite.Configuration;

namespace CreditGrantConformance.SelfTests.Faults;

/// <summary>
/// Bad configuration stops the run before any request; a target that answers garbage gets readable errors, never a
/// crashed runner.
/// </summary>
public sealed class BadTargetTests
{
    [Test]
    public async Task A_live_key_stops_the_run_before_any_request_reaches_the_target()
    {
        await using var target = await ScriptedServer.StartAsync();

        var results = Path.Combine(FaultRuns.ResultsRoot, "live-key");
        var run = await SuiteProcess.RunAsync(target.BaseUrl, "sk_live_" + new string('x', 24), results);
        var trx = Outputs.Trx.Read(results);

        Assert.Multiple(() =>
        {
            Assert.That(target.Requests, Is.Empty);
            Assert.That(run.Console, Does.Contain("live-mode key").And.Contain(SettingNames.ApiKey));
            Assert.That(run.Console, Does.Not.Contain(new string('x', 24)));
            Assert.That(run.ExitCode, Is.Not.Zero);
            Assert.That(Occurrences(run.Console, "is a live-mode key"), Is.EqualTo(1), "the problem is said once");
            Assert.That(run.Console, Does.Not.Contain("   at "), "no stack trace");
            Assert.That(run.Console, Does.Not.Contain("Stack Trace:"), "no empty stack-trace heading");
            // The checks started alongside the one that reports (one per parallel worker) may still be listed; the
            // rest never start, so the console does not list every check as skipped.
            Assert.That(Occurrences(run.Console, "  Skipped "), Is.LessThan(4), "no list of skipped checks");
            Assert.That(
                run.Console,
                Does.Contain("Verdict: NOT STARTED: " + SettingsException.InvalidSettings),
                "a verdict line");
            Assert.That(
                (trx.Failed, trx.Passed, trx.NotExecuted),
                Is.EqualTo((1, 0, trx.Total - 1)),
                "one failure says why, every other check did not run");
            Assert.That(run.Verdict, Is.EqualTo("not_started"));
        });
    }

    [Test]
    public async Task A_target_that_answers_html_gets_error_outcomes_with_readable_messages()
    {
        await using var target = await ScriptedServer.StartAsync(200, "<html><body>Welcome to nginx!</body></html>");

        var run = await SuiteProcess.RunAsync(
            target.BaseUrl,
            "sk_test_garbage",
            Path.Combine(FaultRuns.ResultsRoot, "garbage"));
        var errors = run.ChecksWith("error");

        Assert.Multiple(() =>
        {
            Assert.That(run.Verdict, Is.EqualTo("fail"), run.Describe());
            Assert.That(errors, Is.Not.Empty, run.Describe());
            Assert.That(errors.Select(e => e.Reason), Has.All.Contain("not JSON"));
        });
    }

    private static int Occurrences(string text, string part) =>
        (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}

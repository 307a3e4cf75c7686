using CreditGrantConformance.SelfTests.Outputs;
using CreditGrantConformance.Suite.Configuration;

namespace CreditGrantConformance.SelfTests.Faults;

/// <summary>
/// The suite as a user runs it, once: <c>dotnet test</c> on the built assembly against its embedded reference server
/// exits 0, prints the table and writes a TRX that agrees with the summary. It also reaches every verdict of the clean
/// in-process run, so the in-process runs that prove everything else judge as a process run does.
/// </summary>
[Category("mutation")]
public sealed class EndToEndTests
{
    [Test]
    public async Task As_a_user_runs_it_the_suite_passes_against_its_embedded_server_and_judges_as_the_in_process_runs()
    {
        var results = Path.Combine(FaultRuns.ResultsRoot, "end-to-end");
        var run = await SuiteProcess.RunAsync(
            null,
            null,
            results,
            new Dictionary<string, string> { [SettingNames.Strictness] = "assumed" });
        var inProcess = (await FaultRuns.GetAsync()).Clean;
        var trx = Trx.Read(results);

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.Zero, run.Describe());
            Assert.That(run.Verdict, Is.EqualTo("pass"), run.Describe());
            Assert.That(
                run.Console,
                Does.Contain("Verdict: " + run.Summary?.Headline),
                "the console ends with the table");
            Assert.That(
                (trx.Failed, trx.Passed + trx.NotExecuted),
                Is.EqualTo((0, trx.Total)),
                "the runner's own record");
            Assert.That(
                run.Outcomes(),
                Is.EqualTo(inProcess.Outcomes()),
                "the in-process run judges every check as the process run does");
        });
    }
}

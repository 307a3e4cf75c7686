using CreditGrantConformance.ReferenceServer.Faults;
using CreditGrantConformance.Suite.Configuration;

namespace CreditGrantConformance.SelfTests.Tool;

/// <summary>Every command of the tool answers --help, and refuses bad input in one line with exit 2.</summary>
[Category("tool")]
public sealed class ToolCommandTests
{
    [TestCase("run")]
    [TestCase("serve")]
    [TestCase("compare")]
    [TestCase("sweep")]
    [TestCase("write-gaps")]
    public async Task Each_command_answers_help(string command)
    {
        var result = await ToolProcess.RunAsync(ToolProcess.NewWorkingDirectory(), [command, "--help"]);

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.Zero, result.ToString());
            Assert.That(result.Output, Does.Contain("Usage:").And.Contain(command));
        });
    }

    [Test]
    public async Task Run_offers_every_setting_of_the_suite_as_an_option_beside_its_variable()
    {
        var result = await ToolProcess.RunAsync(ToolProcess.NewWorkingDirectory(), ["run", "--help"]);

        Assert.That(SettingNames.All.Where(n => !result.Output.Contains($"[env: {n}]", StringComparison.Ordinal)),
            Is.Empty);
    }

    [Test]
    public async Task Serve_lists_every_fault_and_refuses_an_unknown_one_in_one_line()
    {
        var directory = ToolProcess.NewWorkingDirectory();

        var list = await ToolProcess.RunAsync(directory, ["serve", "--list-faults"]);
        var unknown = await ToolProcess.RunAsync(directory, ["serve", "--fault", "no.such_fault"]);

        Assert.Multiple(() =>
        {
            Assert.That(list.ExitCode, Is.Zero, list.ToString());
            Assert.That(
                FaultCatalogue.All.Where(f => !list.Output.Contains(f.Name, StringComparison.Ordinal)), Is.Empty);
            Assert.That(unknown.ExitCode, Is.EqualTo(2), unknown.ToString());
            Assert.That(unknown.Error.Trim().Split('\n'), Has.Length.EqualTo(1));
            Assert.That(unknown.Error, Does.Contain("'no.such_fault'").And.Contain(FaultCatalogue.All[0].Name));
        });
    }

    [Test]
    public async Task An_unknown_option_is_one_line_and_exit_2()
    {
        var result = await ToolProcess.RunAsync(ToolProcess.NewWorkingDirectory(), ["run", "--no-such-option"]);

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(2), result.ToString());
            Assert.That(result.Error.Trim().Split('\n'), Has.Length.EqualTo(1));
            Assert.That(result.Error, Does.Contain("--no-such-option"));
        });
    }

    [Test]
    public async Task Write_gaps_of_a_missing_run_is_one_line_and_exit_2()
    {
        var result = await ToolProcess.RunAsync(ToolProcess.NewWorkingDirectory(), ["write-gaps", "nowhere"]);

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(2), result.ToString());
            Assert.That(result.Error, Does.StartWith("error: ").And.Contain("conformance-summary.json"));
        });
    }
}

using CreditGrantConformance.ReferenceServer;
using CreditGrantConformance.ReferenceServer.Faults;

namespace CreditGrantConformance.SelfTests.Server;

/// <summary>
/// The reference server's own command line: --help, --list-faults, and one line for an unknown fault (exit 2), where
/// it used to ignore --help and crash with an unhandled exception.
/// </summary>
public sealed class ServerCommandLineTests
{
    [Test]
    public void Help_names_every_option_and_starts_nothing()
    {
        using var output = new StringWriter();

        var exit = ServerCommandLine.Answer(["--help"], output);

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.Zero);
            Assert.That(
                output.ToString(), Does.Contain("--fault").And.Contain("--list-faults").And.Contain("--lenient"));
        });
    }

    [Test]
    public void List_faults_prints_one_line_per_fault_of_the_catalogue()
    {
        using var output = new StringWriter();

        var exit = ServerCommandLine.Answer(["--list-faults"], output);

        var lines = output.ToString().Trim().Split('\n');
        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.Zero);
            Assert.That(lines, Has.Length.EqualTo(FaultCatalogue.All.Count));
            Assert.That(lines[0], Does.StartWith(FaultCatalogue.All[0].Name));
        });
    }

    [TestCase("--fault", "no.such_fault", "unknown fault 'no.such_fault'; known faults: ")]
    [TestCase("--chaos", "2", "--chaos takes a share of requests between 0 and 1")]
    public void A_bad_option_is_one_line_and_exit_2(string option, string value, string expected)
    {
        using var output = new StringWriter();

        var exit = ServerCommandLine.Answer(["--urls", "http://127.0.0.1:0", option, value], output);

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(2));
            Assert.That(output.ToString().Trim().Split('\n'), Has.Length.EqualTo(1));
            Assert.That(output.ToString(), Does.Contain(expected));
        });
    }

    [Test]
    public void Known_faults_start_a_server()
    {
        using var output = new StringWriter();

        Assert.That(ServerCommandLine.Answer(["--fault", FaultCatalogue.All[0].Name, "--lenient"], output), Is.Null);
    }
}

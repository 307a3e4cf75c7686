using CreditGrantConformance.ReferenceServer;
using CreditGrantConformance.Sweep;

namespace CreditGrantConformance.SelfTests.Sweep;

/// <summary>
/// The sweeper's errors are one line each and an exit code, where an unreachable target or a rejected key used to
/// crash it with a stack trace (exit 134), and one sentence covered every missing setting.
/// </summary>
public sealed class SweepErrorTests
{
    [Test]
    public async Task An_unreachable_target_is_one_line_and_exit_3()
    {
        using var output = new StringWriter();

        var exit = await SweepCommand.RunAsync(new SweepOptions("http://127.0.0.1:9", "sk_test_sweep"), output);

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(SweepCommand.NotStarted));
            Assert.That(output.ToString().Trim().Split('\n'), Has.Length.EqualTo(1));
            Assert.That(output.ToString(), Does.StartWith("error: the target at http://127.0.0.1:9/ did not answer"));
        });
    }

    [Test]
    public async Task A_rejected_key_is_one_line_and_exit_3()
    {
        await using var server = await ReferenceServerHost.StartAsync(
            new ReferenceServerOptions { ApiKeys = new HashSet<string> { "sk_test_known" } });
        using var output = new StringWriter();

        var exit = await SweepCommand.RunAsync(
            new SweepOptions(server.BaseUrl.ToString(), "sk_test_unknown"), output);

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(SweepCommand.NotStarted));
            Assert.That(output.ToString().Trim().Split('\n'), Has.Length.EqualTo(1));
            Assert.That(output.ToString(), Does.Contain("rejected the API key (HTTP 401").And.Not.Contain("sk_test_"));
        });
    }

    [Test]
    public async Task Each_missing_setting_is_named_on_its_own_line()
    {
        using var output = new StringWriter();

        var exit = await SweepCommand.RunAsync(new SweepOptions(null, null), output);

        var lines = output.ToString().Trim().Split('\n');
        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(SweepCommand.BadInput));
            Assert.That(lines, Has.Length.EqualTo(2));
            Assert.That(lines[0], Does.StartWith("error: CONFORMANCE_BASE_URL is not set"));
            Assert.That(lines[1], Does.StartWith("error: STRIPE_API_KEY is not set"));
        });
    }
}

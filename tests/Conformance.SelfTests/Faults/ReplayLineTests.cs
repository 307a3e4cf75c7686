using System.Diagnostics;
using CreditGrantConformance.ReferenceServer;
using CreditGrantConformance.Results.Summary;
using CreditGrantConformance.Suite.Configuration;
using CreditGrantConformance.Suite.Gaps;

namespace CreditGrantConformance.SelfTests.Faults;

/// <summary>
/// The line a property failure prints ("Replay these cases: …") and the summary's rerun line are one command, and
/// pasted into a shell as printed (with the key exported, as the line asks) it reproduces the failure against the same
/// target: not a pass against the embedded server.
/// </summary>
public sealed class ReplayLineTests
{
    private const string Check = "property.update_changes_exactly_what_was_asked";
    private const string Prefix = "Replay these cases: ";
    private static readonly string Root = Path.Combine(FaultRuns.ResultsRoot, "replay-line");

    [Category("mutation")]
    [Test]
    public async Task The_printed_replay_line_run_in_a_shell_gets_the_same_failure_from_the_same_target()
    {
        var key = "sk_test_replay_" + Guid.NewGuid().ToString("N");
        // The target outlives the first run: the printed line is run against it.
        await using var target = await ReferenceServerHost.StartAsync(new ReferenceServerOptions
        {
            Faults = new HashSet<string> { "update.metadata_replaces" },
            ApiKeys = new HashSet<string> { key },
        });
        var first = await SuiteInProcess.RunAsync(
            target.BaseUrl,
            key,
            Path.Combine(Root, "first"),
            new Dictionary<string, string> { [SettingNames.PropertyCases] = "10" },
            "CheckId=" + Check);
        var failed = first.Check(Check);
        var replay = failed.Reason!
            .Split('\n')
            .Single(l => l.StartsWith(Prefix, StringComparison.Ordinal))[Prefix.Length..];

        var (exit, output, again) = await RunInShellAsync(replay, key, Path.Combine(Root, "replayed"));
        var replayed = again?.Checks.SingleOrDefault(c => c.Id == Check);

        Assert.Multiple(() =>
        {
            Assert.That(replay, Is.EqualTo(failed.Rerun), "one line, said the same everywhere");
            Assert.That(replay, Does.Contain(target.BaseUrl.ToString()).And.Contain("--no-build"));
            Assert.That(replay, Does.Not.Contain(key), "the key stays in the shell");
            Assert.That(exit, Is.EqualTo(1), output);
            Assert.That(replayed?.Outcome, Is.EqualTo("failed"), output);
            Assert.That(
                GapReason.Normalise(Headline(replayed)),
                Is.EqualTo(GapReason.Normalise(Headline(failed))),
                "the same failure");
        });
    }

    private static string Headline(CheckSummary? check) => check?.Reason?.Split('\n')[0] ?? "";

    private static async Task<(int Exit, string Output, SuiteRun? Run)> RunInShellAsync(
        string line,
        string key,
        string results)
    {
        var start = new ProcessStartInfo("bash", ["-c", line])
        {
            WorkingDirectory = RepositoryLocator.FindRoot(),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var name in SettingNames.All)
        {
            start.Environment.Remove(name);
        }

        // What the line asks of the reader: the key exported. Where results go is not part of a failure.
        start.Environment[SettingNames.ApiKey] = key;
        start.Environment[SettingNames.ResultsDirectory] = results;
        using var shell = Process.Start(start)!;
        var output = shell.StandardOutput.ReadToEndAsync();
        var error = shell.StandardError.ReadToEndAsync();
        await shell.WaitForExitAsync();
        var summary = await SuiteSettings.ReadSummaryAsync(results);
        var run = summary is null ? null : new SuiteRun(shell.ExitCode, "", summary);
        return (shell.ExitCode, await output + await error, run);
    }
}

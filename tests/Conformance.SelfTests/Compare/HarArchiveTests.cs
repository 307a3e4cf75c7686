using System.Diagnostics;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CreditGrantConformance.Results.Har;
using CreditGrantConformance.Results.Summary;
using CreditGrantConformance.SelfTests.Driver;
using CreditGrantConformance.Suite.Configuration;

namespace CreditGrantConformance.SelfTests.Compare;

/// <summary>
/// The archive a run writes by default opens in the tools people use for HAR files: it passes har-validator (the HAR
/// 1.2 schema), holds one entry per attempt of the run with the check that made it, and no key.
/// </summary>
[Category("mutation")]
public sealed partial class HarArchiveTests
{
    [OneTimeSetUp]
    public Task InstallAsync() => NodeTools.EnsureInstalledAsync("har-validator");

    [Test]
    public async Task The_archive_of_a_default_run_is_valid_har_with_every_attempt_and_no_key()
    {
        var directory = await CompareRuns.CleanAsync();
        var path = Path.Combine(directory, HarFields.FileName);

        var (exit, output) = await ValidateAsync(path);
        var text = await File.ReadAllTextAsync(path);
        var entries = JsonNode.Parse(text)!["log"]!["entries"]!.AsArray();
        var summary = SummaryFile.ReadFrom(directory);
        var checks = summary.Checks.Select(c => c.Id).ToHashSet();
        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.Zero, output);
            Assert.That(output, Does.StartWith("valid "));
            Assert.That(
                entries,
                Has.Count.EqualTo(summary.Requests!.Total),
                "one entry per attempt");
            Assert.That(
                entries.Select(e => e![HarFields.CheckId]?.ToString()).OfType<string>(),
                Is.All.AnyOf(checks.ToArray()));
            Assert.That(UnredactedKey().Matches(text).Select(m => m.Value), Is.Empty, "keys in the archive");
            Assert.That(text, Does.Contain("Bearer [REDACTED]"));
        });
    }

    private static async Task<(int Exit, string Output)> ValidateAsync(string har)
    {
        var root = RepositoryLocator.FindRoot();
        var script = Path.Combine(root, "tests", "Conformance.SelfTests", "Compare", "validate-har.mjs");
        var start = new ProcessStartInfo("node", [script, har])
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var node = Process.Start(start)!;
        var output = node.StandardOutput.ReadToEndAsync();
        var error = node.StandardError.ReadToEndAsync();
        await node.WaitForExitAsync();
        return (node.ExitCode, await output + await error);
    }

    [GeneratedRegex(@"\b(?:sk|rk)_(?:test|live)_(?!\[REDACTED\])\w+")]
    private static partial Regex UnredactedKey();
}

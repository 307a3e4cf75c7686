using System.Diagnostics;
using CreditGrantConformance.Client;
using CreditGrantConformance.Results.Allure;
using CreditGrantConformance.SelfTests.Driver;
using CreditGrantConformance.SelfTests.Faults;
using CreditGrantConformance.Suite.Configuration;

namespace CreditGrantConformance.SelfTests.Reports;

/// <summary>
/// `npm run report` renders into a clean folder (Allure 3 writes into a folder holding a report under a subfolder and
/// leaves the old index.html, so a reviewer would open yesterday's verdict) and its exit code says whether it did.
/// </summary>
public sealed class ReportScriptTests
{
    private static readonly string Root = Path.Combine(FaultRuns.ResultsRoot, "report-script");

    [Test]
    public async Task A_report_replaces_the_one_in_its_folder_instead_of_writing_beside_it()
    {
        var results = Path.Combine(Root, "allure-results");
        var report = Path.Combine(Root, "allure-report");
        if (Directory.Exists(results))
        {
            Directory.Delete(results, recursive: true);
        }

        new AllureResultsWriter(results, new Redactor([])).WriteNotStarted("NOT STARTED: a report-script self-test");
        Directory.CreateDirectory(report);
        await File.WriteAllTextAsync(Path.Combine(report, "index.html"), "<title>STALE: yesterday's verdict</title>");
        await File.WriteAllTextAsync(Path.Combine(report, "stale.txt"), "left by an earlier report");

        var (exit, output) = await ReportAsync(results, report);

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.Zero, output);
            Assert.That(File.ReadAllText(Path.Combine(report, "index.html")), Does.Not.Contain("STALE"));
            Assert.That(File.Exists(Path.Combine(report, "stale.txt")), Is.False);
            Assert.That(Directory.Exists(Path.Combine(report, "awesome")), Is.False, "written in place, not beside");
        });
    }

    [Test]
    public async Task No_results_to_render_is_one_line_and_exit_code_2()
    {
        var missing = Path.Combine(Root, "no-such-results");

        var (exit, output) = await ReportAsync(missing, Path.Combine(Root, "unused-report"));

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(2));
            Assert.That(output, Does.Contain($"no results at {missing}"));
        });
    }

    private static async Task<(int Exit, string Output)> ReportAsync(string results, string report)
    {
        await NodeTools.EnsureInstalledAsync("allure");
        var start = new ProcessStartInfo("npm", ["run", "--silent", "report"])
        {
            WorkingDirectory = RepositoryLocator.FindRoot(),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ALLURE_RESULTS"] = results;
        start.Environment["ALLURE_REPORT"] = report;
        using var npm = Process.Start(start)!;
        var output = npm.StandardOutput.ReadToEndAsync();
        var error = npm.StandardError.ReadToEndAsync();
        await npm.WaitForExitAsync();
        return (npm.ExitCode, await output + await error);
    }
}

using System.Diagnostics;
using CreditGrantConformance.SelfTests.Driver;
using CreditGrantConformance.Suite.Configuration;

namespace CreditGrantConformance.SelfTests.Reports.Browser;

/// <summary>
/// Renders a run's Allure results to HTML as the README tells a reviewer to: npm run report, with the pinned allure.
/// </summary>
internal static class AllureReportRenderer
{
    /// <summary>
    /// Writes the report of <paramref name="results"/> (beside a conformance-summary.json) to
    /// <paramref name="report"/>.
    /// </summary>
    public static async Task RenderAsync(string results, string report)
    {
        await NodeTools.EnsureInstalledAsync("allure");
        // A report left from an earlier run would be served if this one failed to write.
        if (Directory.Exists(report))
        {
            Directory.Delete(report, recursive: true);
        }

        var start = new ProcessStartInfo("npm", ["run", "report"])
        {
            WorkingDirectory = RepositoryLocator.FindRoot(),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ALLURE_RESULTS"] = results;
        start.Environment["ALLURE_REPORT"] = report;
        using var npm = Process.Start(start)
            ?? throw new InvalidOperationException("npm could not be started: the report needs Node.js and npm.");
        var output = npm.StandardOutput.ReadToEndAsync();
        var error = npm.StandardError.ReadToEndAsync();
        await npm.WaitForExitAsync();

        Assert.That(npm.ExitCode == 0 && File.Exists(Path.Combine(report, "index.html")), Is.True,
            $"npm run report (exit code {npm.ExitCode}) wrote no {Path.Combine(report, "index.html")}:\n"
            + $"{await output}{await error}");
    }
}

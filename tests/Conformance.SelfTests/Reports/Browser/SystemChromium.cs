using Microsoft.Playwright;

namespace CreditGrantConformance.SelfTests.Reports.Browser;

/// <summary>
/// Debian's chromium package, driven by Playwright: Playwright cannot download its own browsers on the project's
/// machines, so the tests launch the system's. A developer without it is told how to get it; CI (CI=true) must have
/// it.
/// </summary>
internal static class SystemChromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    /// <summary>
    /// Ignores the calling tests when chromium is absent, unless in CI, where .ci/run installs it and its absence
    /// fails.
    /// </summary>
    public static void Require()
    {
        if (File.Exists(ExecutablePath))
        {
            return;
        }

        var message = $"{ExecutablePath} is missing: install Debian's chromium (apt-get install chromium)"
            + " to prove the Allure report in a browser.";
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail(message + " CI must run this test: .ci/run installs it.");
        }

        Assert.Ignore(message);
    }

    // --no-sandbox: CI and the dev machines run as root, where chromium refuses its sandbox.
    public static Task<IBrowser> LaunchAsync(IPlaywright playwright) =>
        playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = ["--no-sandbox"],
        });
}

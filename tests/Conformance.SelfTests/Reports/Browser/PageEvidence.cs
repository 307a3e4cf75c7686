using Microsoft.Playwright;

namespace CreditGrantConformance.SelfTests.Reports.Browser;

/// <summary>
/// What the browser showed, kept beside the run's results: a screenshot of every look, and on a failed look the page's
/// HTML too, both named in the failure so whoever reads it can see what the reviewer would have seen.
/// </summary>
internal sealed class PageEvidence(IPage page, string directory, string name)
{
    public string Screenshot { get; } = Path.Combine(directory, name + ".png");

    public string Html { get; } = Path.Combine(directory, name + ".html");

    /// <summary>
    /// Runs <paramref name="look"/> (Playwright locators and expectations); a screenshot either way, the HTML on
    /// failure.
    /// </summary>
    public async Task SeeAsync(string what, Func<Task> look)
    {
        Directory.CreateDirectory(directory);
        // The HTML of an earlier failed look would be taken for this one's.
        File.Delete(Html);
        try
        {
            await look();
        }
        catch (PlaywrightException e)
        {
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshot });
            await File.WriteAllTextAsync(Html, await page.ContentAsync());
            Assert.Fail($"The report does not show {what}: {e.Message}\nScreenshot: {Screenshot}\nPage HTML: {Html}");
        }

        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshot });
    }
}

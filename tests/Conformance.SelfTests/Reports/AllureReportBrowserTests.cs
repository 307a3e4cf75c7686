using System.Text.RegularExpressions;
using CreditGrantConformance.ReferenceServer;
using CreditGrantConformance.SelfTests.Faults;
using CreditGrantConformance.SelfTests.Reports.Browser;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CreditGrantConformance.SelfTests.Reports;

/// <summary>
/// What a reviewer sees in the Allure report, proven in a real Chromium: the suite runs against a faulted reference
/// server, `npm run report` renders its results with the pinned Allure 3, and the page shows the verdict first, the
/// failing check with its reason, and its failing HTTP exchange marked failed. Screenshots go to artifacts/selftests.
/// </summary>
public sealed class AllureReportBrowserTests
{
    // update.metadata_replaces breaks a documented rule with one clear exchange (the update) and a long property check.
    private const string FailingCheck = "update.metadata_merges";
    private const string LongCheck = "property.update_changes_exactly_what_was_asked";
    private static readonly string Root = Path.Combine(FaultRuns.ResultsRoot, "allure-browser");
    private static readonly Regex CreateExchange = new(@"^POST /v1/billing/credit_grants → 200$");
    private static readonly Regex UpdateExchange = new(@"^POST /v1/billing/credit_grants/credgr_\S+ → 200$");
    private static readonly Regex FoldedExchanges = new(@"^\d+ exchanges answered as the check expected$");
    private const string VerdictDrawnUncovered = """
        async heading => {
          for (let frame = 0; frame < 3; frame++) await new Promise(requestAnimationFrame);
          const line = heading.getBoundingClientRect();
          const y = (line.top + line.bottom) / 2;
          return [line.left + 2, (line.left + line.right) / 2, line.right - 2]
            .every(x => heading.contains(document.elementFromPoint(x, y)));
        }
        """;

    private const string RerunShownWhole = """
        frame => {
          const pre = frame.contentDocument.querySelector("pre");
          return pre.scrollWidth <= pre.clientWidth
            && frame.contentDocument.documentElement.scrollHeight <= frame.clientHeight;
        }
        """;

    private SuiteRun? run;
    private StaticSite? site;
    private IPlaywright? playwright;
    private IBrowser? browser;
    private IBrowserContext? context;

    [OneTimeSetUp]
    public async Task RenderTheReportOfAFaultedRun()
    {
        SystemChromium.Require();
        var results = Path.Combine(Root, "run");
        var faulted = new ReferenceServerOptions { Faults = new HashSet<string> { "update.metadata_replaces" } };
        run = await FaultRuns.RunProcessAgainstAsync(faulted, results, new Dictionary<string, string>());
        Assert.That(run.FailedChecks, Does.Contain(FailingCheck).And.Contain(LongCheck), run.Describe());

        await AllureReportRenderer.RenderAsync(Path.Combine(results, "allure-results"), Path.Combine(Root, "report"));
        site = await StaticSite.StartAsync(Path.Combine(Root, "report"));
        playwright = await Playwright.CreateAsync();
        browser = await SystemChromium.LaunchAsync(playwright);
        // The first look waits for the report's 2.7 MB script on a busy 2-core machine.
        SetDefaultExpectTimeout(30_000);
    }

    [OneTimeTearDown]
    public async Task Close()
    {
        if (browser is not null)
        {
            await browser.CloseAsync();
        }

        playwright?.Dispose();
        if (site is not null)
        {
            await site.DisposeAsync();
        }
    }

    [TearDown]
    public async Task CloseThePage()
    {
        if (context is not null)
        {
            await context.CloseAsync();
        }
    }

    [Test]
    public async Task The_report_leads_with_the_runs_verdict()
    {
        var headline = run!.Summary!.Headline;
        var failed = run.Total("failed").ToString(System.Globalization.CultureInfo.InvariantCulture);
        var page = await OpenAsync();
        var evidence = new PageEvidence(page, Root, "verdict");
        Assert.That(headline, Does.StartWith("FAIL: failed "), run.Describe());

        await evidence.SeeAsync($"the verdict \"{headline}\" as its heading", async () =>
        {
            var title = new Regex("^" + Regex.Escape(headline + " · Credit grant conformance"));
            var heading = page.GetByRole(AriaRole.Heading, new() { NameRegex = title });
            await Expect(heading).ToBeVisibleAsync();
            await Expect(page).ToHaveTitleAsync(new Regex("^" + Regex.Escape(headline)));
            // Allure's own count of failed results, beside the heading, agrees with the verdict's.
            await Expect(page.GetByTestId("metadata-item-failed")).ToContainTextAsync(failed);
            await heading.ScrollIntoViewIfNeededAsync();
        });
    }

    // Allure 3.18 scrolls its page to the tree's first entry once the tree renders, which at these common window
    // heights hid the title; scripts/report-in-view.js keeps the page at its top until the reviewer touches it.
    // Playwright's visibility checks take an element under the sticky search bar for visible, so this asks the page
    // which element is drawn at the start, middle and end of the verdict's line, without scrolling.
    [TestCase(1280, 720)]
    [TestCase(1366, 768)]
    public async Task The_verdict_is_in_view_and_uncovered_as_the_report_opens(int width, int height)
    {
        var headline = run!.Summary!.Headline;
        var page = await OpenAsync(width, height);
        var evidence = new PageEvidence(page, Root, $"verdict-on-opening-{width}x{height}");

        await evidence.SeeAsync($"the verdict \"{headline}\" uncovered at {width}x{height}", async () =>
        {
            var heading = page.GetByRole(AriaRole.Heading, new() { NameRegex = new("^" + Regex.Escape(headline)) });
            await Expect(heading).ToBeVisibleAsync();
            // The tree scrolls once its entries render; three frames later its scroll has been drawn and answered.
            await Expect(page.GetByTestId("tree-leaf-status-failed").First).ToBeAttachedAsync();
            var drawn = await heading.EvaluateAsync<bool>(VerdictDrawnUncovered);
            Assert.That(drawn, Is.True, $"at {width}x{height} the verdict's line is scrolled away or covered");
        });
    }

    [Test]
    public async Task The_failing_check_shows_its_reason_once_clicked()
    {
        var page = await OpenAsync();
        var evidence = new PageEvidence(page, Root, "failing-check");

        await evidence.SeeAsync($"{FailingCheck} with its reason", async () =>
        {
            await OpenCheckAsync(page, FailingCheck);
            var reason = page
                .GetByText(new Regex($@"^Failed \({Regex.Escape(FailingCheck)}\): /metadata: missing key "))
                .First;
            await Expect(reason).ToBeVisibleAsync();
            await Expect(page.GetByText("Category: State-machine gap")).ToBeVisibleAsync();
        });
    }

    // Allure 3.18's description frame neither wraps nor scrolls its code blocks: the rerun command was cut at its edge.
    [Test]
    public async Task The_failing_checks_rerun_command_is_shown_whole_at_1280x720()
    {
        var page = await OpenAsync(1280, 720);
        var evidence = new PageEvidence(page, Root, "rerun-command");

        await evidence.SeeAsync($"the rerun command of {FailingCheck} whole", async () =>
        {
            await OpenCheckAsync(page, FailingCheck);
            var description = page.GetByTestId("test-result-description-frame");
            var rerun = description.ContentFrame.Locator("pre");
            await Expect(rerun).ToContainTextAsync($"--filter \"CheckId={FailingCheck}\"");
            await description.ScrollIntoViewIfNeededAsync();
            var whole = await description.EvaluateAsync<bool>(RerunShownWhole);
            Assert.That(whole, Is.True, "the rerun command runs past its block, or its block past the frame");
        });
    }

    [Test]
    public async Task The_failing_checks_exchange_is_marked_failed_and_the_others_passed()
    {
        var page = await OpenAsync();
        var evidence = new PageEvidence(page, Root, "failing-exchange");

        await evidence.SeeAsync($"the update exchange of {FailingCheck} marked failed", async () =>
        {
            await OpenCheckAsync(page, FailingCheck);
            await Expect(Step(page, CreateExchange).GetByTestId("tree-leaf-status-passed")).ToBeVisibleAsync();
            await Expect(Step(page, UpdateExchange).GetByTestId("tree-leaf-status-failed")).ToBeVisibleAsync();
            // The failed step opens by default and says what broke in it.
            var update = page.GetByTestId("test-result-step").Filter(new() { Has = Step(page, UpdateExchange) });
            await Expect(update.GetByTestId("test-result-error-message")).ToContainTextAsync("/metadata: missing key");
            await Step(page, UpdateExchange).ScrollIntoViewIfNeededAsync();
        });
    }

    [Test]
    public async Task A_long_check_folds_its_passing_exchanges_beside_the_failed_one()
    {
        var page = await OpenAsync();
        var evidence = new PageEvidence(page, Root, "long-check");

        await evidence.SeeAsync($"{LongCheck} with its passing exchanges folded and its failed one marked", async () =>
        {
            await OpenCheckAsync(page, LongCheck);
            var reason = page.GetByText(new Regex($@"^Failed \({Regex.Escape(LongCheck)}\): ")).First;
            await Expect(reason).ToBeVisibleAsync();
            await Expect(Step(page, FoldedExchanges).First.GetByTestId("tree-leaf-status-passed")).ToBeVisibleAsync();
            var failed = Step(page, UpdateExchange).Filter(new() { Has = page.GetByTestId("tree-leaf-status-failed") });
            await Expect(failed).ToHaveCountAsync(1);
            await failed.ScrollIntoViewIfNeededAsync();
        });
    }

    private async Task<IPage> OpenAsync(int width = 1400, int height = 1000)
    {
        context = await browser!.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = height } });
        // Allure's report always loads Google's analytics script; the test stays on loopback and never waits for it.
        var origin = site!.BaseUrl.ToString();
        await context.RouteAsync(url => !url.StartsWith(origin, StringComparison.Ordinal), route => route.AbortAsync());
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(site.BaseUrl, "index.html").ToString());
        return page;
    }

    // As a reviewer would: search the check by its id, then click its entry in the tree.
    private static async Task OpenCheckAsync(IPage page, string checkId)
    {
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Search tests" }).FillAsync(checkId);
        await page.GetByRole(AriaRole.Button, new() { Name = checkId + " — " }).ClickAsync();
        var title = new Regex("^" + Regex.Escape(checkId + " — "));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, NameRegex = title })).ToBeVisibleAsync();
    }

    // A step's header row: its status icon (Allure marks status only there, as data-testid
    // tree-leaf-status-*) and title.
    private static ILocator Step(IPage page, Regex title) => page.GetByTestId("test-result-step-header")
        .Filter(new() { Has = page.GetByTestId("test-result-step-title").Filter(new() { HasTextRegex = title }) });
}

using CreditGrantConformance.Client;
using CreditGrantConformance.Suite.Checks;
using CreditGrantConformance.Suite.Configuration;
using CreditGrantConformance.Suite.Driver;
using CreditGrantConformance.Suite.Gaps;
using CreditGrantConformance.Suite.Http;
using CreditGrantConformance.Suite.Reports;
using CreditGrantConformance.Suite.Results;
using CreditGrantConformance.Suite.Target;

namespace CreditGrantConformance.Suite;

/// <summary>
/// The state of one run: settings, target, the one client and rate limiter every check shares, the exchange log and
/// the results. Started once before the first check and finished once after the last.
/// </summary>
public sealed class ConformanceRun
{
    private static ConformanceRun? current;

    private readonly DriverProcess? driver;
    private readonly DriverTransport? sdk;

    private ConformanceRun(ConformanceSettings settings, TargetHost target, StripeClient client, RequestRateLimiter limiter, ExchangeRecorder recorder, KnownGaps knownGaps, DriverProcess? driver)
    {
        this.driver = driver;
        Settings = settings;
        Target = target;
        Client = client;
        Limiter = limiter;
        Recorder = recorder;
        KnownGaps = knownGaps;
        sdk = driver is null ? null : new DriverTransport(driver, client, target.Received!, settings, recorder);
        Api = new CreditGrantApi(sdk ?? (IStripeTransport)client, Cleanup);
    }

    public static ConformanceRun Current => current ?? throw new InvalidOperationException(
        "The conformance run has not started: its one-time setup failed (the first failure of the run says why), or this test is not in the tests/Conformance assembly.");

    public ConformanceSettings Settings { get; }

    public TargetHost Target { get; }

    public StripeClient Client { get; }

    public CreditGrantApi Api { get; }

    public RequestRateLimiter Limiter { get; }

    public ExchangeRecorder Recorder { get; }

    public KnownGaps KnownGaps { get; }

    public ResultsCollector Results { get; } = new();

    public CleanupRegistry Cleanup { get; } = new();

    public DateTimeOffset StartedAt { get; } = DateTimeOffset.UtcNow;

    /// <summary>The SDK driver of the run and the API versions it sent; null when the suite's own client runs the checks.</summary>
    public DriverIdentity? Driver => driver?.Identity;

    public static async Task<ConformanceRun> StartAsync(ConformanceSettings settings)
    {
        var knownGaps = KnownGaps.None;
        if (settings.ExpectationsFile is { } file)
        {
            knownGaps = KnownGaps.Load(file, out var problems);
            if (problems.Count > 0)
            {
                throw new SettingsException(problems);
            }
        }

        var target = await TargetHost.StartAsync(settings).ConfigureAwait(false);
        var limiter = new RequestRateLimiter(settings.MaxRequestsPerSecond);
        var recorder = new ExchangeRecorder();
        var client = new StripeClient(
            new ClientOptions { BaseUrl = target.BaseUrl, ApiKey = settings.ApiKey, StripeVersion = settings.StripeVersion, Timeout = settings.RequestTimeout },
            limiter,
            recorder);
        DriverProcess? driver = null;
        try
        {
            // The driver first: its greeting can stop the run (API-version policy) before any request is sent.
            if (settings.Driver is { } command)
            {
                driver = await DriverProcess.StartAsync(command, RepositoryLocator.FindRoot(), TimeSpan.FromSeconds(60)).ConfigureAwait(false);
                driver.Identity.Enforce(settings.StripeVersion);
            }

            await TargetProbe.CheckAsync(client, settings).ConfigureAwait(false);
        }
        catch
        {
            driver?.Dispose();
            client.Dispose();
            await target.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        current = new ConformanceRun(settings, target, client, limiter, recorder, knownGaps, driver);
        return current;
    }

    private Dictionary<string, string> Environment(RunSummary summary) => new()
    {
        ["target"] = summary.Target,
        ["target.name"] = summary.TargetName,
        ["driver"] = driver?.Description ?? "(none: the suite's own client)",
        ["driver.api_versions_sent"] = driver is null ? "(no driver)" : string.Join(", ", driver.Identity.ApiVersionsSent),
        ["profile"] = summary.Profile,
        ["strictness"] = summary.Strictness,
        ["api.version"] = summary.ApiVersion ?? (driver is null ? "(account default)" : "(the SDK's own: see driver.api_versions_sent)"),
        ["seed"] = summary.Seed.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["run.id"] = summary.RunId,
        ["verdict"] = summary.Passed ? "pass" : "fail",
    };

    /// <summary>Cleans up what the run created, writes the summary and prints the console table.</summary>
    public async Task<RunSummary> FinishAsync(Action<string> print)
    {
        var cleanup = await CleanupRunner.RunAsync(Client, Cleanup).ConfigureAwait(false);
        var summary = RunSummary.Build(this, cleanup, DateTimeOffset.UtcNow);
        var redactor = new Redactor([Settings.ApiKey]);
        var path = SummaryWriter.Write(summary, Settings.ResultsDirectory, redactor);
        var table = redactor.Redact(ConsoleTable.Render(summary));
        await File.WriteAllTextAsync(Path.Combine(Settings.ResultsDirectory, "conformance-summary.txt"), table + "\n").ConfigureAwait(false);
        print(table);
        var allure = Path.Combine(Settings.ResultsDirectory, "allure-results");
        if (Directory.Exists(allure))
        {
            Directory.Delete(allure, recursive: true);
        }

        new AllureResultsWriter(allure, redactor).Write(summary.Checks, Environment(summary));
        print($"Summary written to {path}");
        print($"Allure results written to {allure}");
        Client.Dispose();
        sdk?.Dispose();
        await Target.DisposeAsync().ConfigureAwait(false);
        current = null;
        return summary;
    }
}

using CreditGrantConformance.Client;
using CreditGrantConformance.Suite.Checks;
using CreditGrantConformance.Suite.Configuration;
using CreditGrantConformance.Suite.Driver;
using CreditGrantConformance.Suite.Execution;
using CreditGrantConformance.Suite.Gaps;
using CreditGrantConformance.Suite.Http;
using CreditGrantConformance.Suite.Results;
using CreditGrantConformance.Suite.Schemas;
using CreditGrantConformance.Suite.Target;

namespace CreditGrantConformance.Suite;

/// <summary>
/// The state of one run: settings, target, the one transport and rate limiter every check shares, the exchange log and
/// the results. Started once before the first check and finished once after the last; each check gets its own
/// <see cref="CheckContext"/> from <see cref="Begin"/>.
/// </summary>
public sealed class ConformanceRun
{
    private readonly DriverProcess? driver;
    private readonly IStripeTransport transport;
    private readonly SchemaGate gate;

    private ConformanceRun(
        ConformanceSettings settings,
        TargetHost target,
        StripeClient client,
        RequestRateLimiter limiter,
        ExchangeLog log,
        KnownGaps knownGaps,
        DriverProcess? driver)
    {
        this.driver = driver;
        Settings = settings;
        Target = target;
        Client = client;
        Limiter = limiter;
        Log = log;
        KnownGaps = knownGaps;
        gate = new SchemaGate(SchemaCatalog.Load(SuiteContent.Schemas));
        transport = driver is null ? client : new DriverTransport(driver, client, target.Received!, settings);
    }

    public ConformanceSettings Settings { get; }

    public TargetHost Target { get; }

    public StripeClient Client { get; }

    public RequestRateLimiter Limiter { get; }

    public ExchangeLog Log { get; }

    public KnownGaps KnownGaps { get; }

    public ResultsCollector Results { get; } = new();

    public CleanupRegistry Cleanup { get; } = new();

    public DateTimeOffset StartedAt { get; } = DateTimeOffset.UtcNow;

    /// <summary>
    /// The SDK driver of the run and the API versions it sent; null when the suite's own client runs the checks.
    /// </summary>
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
        DriverProcess? driver = null;
        try
        {
            // The driver first: its greeting can stop the run (API-version policy) before any request is sent, and
            // an SDK that pins a version decides the run's when STRIPE_VERSION is unset.
            if (settings.Driver is { } command)
            {
                driver = await DriverProcess.StartAsync(command, RepositoryLocator.FindRoot(), TimeSpan.FromSeconds(60))
                    .ConfigureAwait(false);
                driver.Identity.Enforce(settings.StripeVersion);
                settings = settings with
                {
                    ApiVersion = settings.StripeVersion ?? driver.Identity.PinnedVersion ?? settings.ApiVersion,
                };
            }
        }
        catch
        {
            driver?.Dispose();
            await target.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        var limiter = new RequestRateLimiter(settings.MaxRequestsPerSecond);
        var log = new ExchangeLog();
        var client = new StripeClient(
            new ClientOptions
            {
                BaseUrl = target.BaseUrl,
                ApiKey = settings.ApiKey,
                StripeVersion = settings.ApiVersion,
                Timeout = settings.RequestTimeout,
            },
            limiter,
            log);
        try
        {
            await TargetProbe.CheckAsync(client, settings).ConfigureAwait(false);
        }
        catch
        {
            driver?.Dispose();
            client.Dispose();
            await target.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        return new ConformanceRun(settings, target, client, limiter, log, knownGaps, driver);
    }

    /// <summary>The context of one check: an API whose traffic is filed under it.</summary>
    public CheckContext Begin(CheckInfo check)
    {
        var scope = new CheckScope(check.Id, Log);
        var api = new CreditGrantApi(transport, gate, scope, Cleanup, Settings.ApiVersion);
        return new CheckContext(check, Settings, api, scope, Cleanup);
    }

    /// <summary>
    /// Cleans up what the run created (when the target outlives the run), writes every result file and prints the
    /// console table.
    /// </summary>
    public async Task<RunSummary> FinishAsync(Action<string> print)
    {
        var cleanup = Settings.CleansUp
            ? await CleanupRunner.RunAsync(Client, Cleanup).ConfigureAwait(false)
            : CleanupReport.NotRun(Cleanup);
        var summary = RunSummary.Build(this, cleanup, DateTimeOffset.UtcNow);
        var written = ResultsWriter.Write(summary, Settings, Log.All);
        print(written.Table);
        foreach (var line in written.Locations)
        {
            print(line);
        }

        Client.Dispose();
        (transport as IDisposable)?.Dispose();
        await Target.DisposeAsync().ConfigureAwait(false);
        return summary;
    }
}

using CreditGrantConformance.Suite;
using CreditGrantConformance.Suite.Configuration;

namespace CreditGrantConformance.Checks;

/// <summary>
/// Starts the run once before the first check (settings validated, target started and probed) and finishes it after the
/// last. A run that cannot start is not thrown here (NUnit would repeat it under every check): the check layer reports it
/// once, as the failure of the first check, and every other check as not run.
/// </summary>
[SetUpFixture]
public sealed class RunSetup
{
    private ConformanceRun? run;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        run = await ConformanceRun.TryStartAsync(() => SettingsLoader.Load(Environment.GetEnvironmentVariable, name => TestContext.Parameters.Get(name)));
        if (run is not null)
        {
            var settings = run.Settings;
            await TestContext.Progress.WriteLineAsync(
                $"Conformance run {settings.RunId}: target {run.Target.Description}, profile {settings.Profile}, seed {settings.Seed}, results in {settings.ResultsDirectory}");
        }
    }

    [OneTimeTearDown]
    public async Task FinishAsync()
    {
        if (run is not null)
        {
            await run.FinishAsync(TestContext.Progress.WriteLine);
        }
    }
}

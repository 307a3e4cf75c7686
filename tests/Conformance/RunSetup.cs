using CreditGrantConformance.Suite;
using CreditGrantConformance.Suite.Configuration;

namespace CreditGrantConformance.Checks;

/// <summary>Starts the run once before the first check (settings validated, target started and probed) and finishes it after the last.</summary>
[SetUpFixture]
public sealed class RunSetup
{
    private ConformanceRun? run;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        var settings = SettingsLoader.Load(Environment.GetEnvironmentVariable, name => TestContext.Parameters.Get(name));
        run = await ConformanceRun.StartAsync(settings);
        TestContext.Progress.WriteLine($"Conformance run {settings.RunId}: target {run.Target.Description}, profile {settings.Profile}, seed {settings.Seed}, results in {settings.ResultsDirectory}");
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

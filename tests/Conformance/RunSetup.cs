using CreditGrantConformance.Results;
using CreditGrantConformance.Suite.Configuration;
using CreditGrantConformance.Suite.Results;

namespace CreditGrantConformance.Checks;

/// <summary>
/// Starts the run once before the first check (settings validated, target started and probed) and finishes it after
/// the last. A run that cannot start is not thrown here (NUnit would repeat it under every check): the check layer
/// reports it once, as the failure of the first check (a line per problem and the verdict line), and every other
/// check as not run; the verdict line ends the console as a started run's table does.
/// </summary>
[SetUpFixture]
public sealed class RunSetup
{
    private RunStart? start;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        var (environment, runSettings) = SettingSources.Of(
            RunParameters.OfCurrentSuite() ?? (name => TestContext.Parameters.Get(name)));
        var results = SettingsLoader.ResultsDirectory(environment, runSettings);
        // Nothing of an earlier run may outlive this one's start, whether it finishes, stops or crashes.
        ResultFiles.TryClear(results);
        start = await RunStart.BeginAsync(() => SettingsLoader.Load(environment, runSettings));
        start.AttachToCurrentSuite();
        if (start.Problem is { } problem)
        {
            NotStartedSummary.Write(results, problem, DateTimeOffset.UtcNow);
        }
        else if (start.Run is { } run)
        {
            var settings = run.Settings;
            await TestContext.Progress.WriteLineAsync(
                $"Conformance run {settings.RunId}: target {run.Target.Description}, profile {settings.Profile}, "
                    + $"seed {settings.Seed}, results in {settings.ResultsDirectory}");
        }
    }

    [OneTimeTearDown]
    public async Task FinishAsync()
    {
        if (start?.Run is { } run)
        {
            await run.FinishAsync(TestContext.Progress.WriteLine);
        }
        else if (start?.Problem is { } problem)
        {
            await TestContext.Progress.WriteLineAsync("Verdict: " + problem.Headline);
        }
    }
}

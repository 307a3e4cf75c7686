using System.CommandLine;
using CreditGrantConformance.Checks;
using CreditGrantConformance.Results.Summary;
using CreditGrantConformance.Suite.Configuration;
using CreditGrantConformance.Suite.Execution;
using CreditGrantConformance.Tool.Reports;

namespace CreditGrantConformance.Tool.Run;

/// <summary>
/// <c>run</c>: the suite, in this process with NUnit's own runner, against the target the settings name; then the CI
/// outputs beside the suite's own (JUnit XML, and annotations under GitHub Actions). The exit code is the verdict's.
/// </summary>
public static class RunCommand
{
    private static readonly Option<string> Settings = new("--settings")
    {
        Description = "a runsettings file whose TestRunParameters are read as dotnet test reads them",
        HelpName = "path",
    };

    private static readonly Option<string[]> Checks = new("--check")
    {
        Description = "run only this check (its id); repeat for several",
        HelpName = "id",
    };

    private static readonly Option<string> Filter = new("--filter")
    {
        Description = "dotnet test's filter: CheckId=…, TestCategory=validation, joined with & or |",
        HelpName = "expression",
    };

    public static Command Build()
    {
        var settingOptions = SettingOption.All.ToDictionary(s => s, s => s.ToOption());
        var command = new Command(
            "run",
            "Run the conformance suite against a target and write its results. Each setting is read from its option, "
            + "then its environment variable, then --settings, then its default. "
            + "Exit 0 pass, 1 fail, 2 bad input, 3 not started (target unreachable or key refused).")
        {
            Settings, Checks, Filter,
        };
        foreach (var option in settingOptions.Values)
        {
            command.Add(option);
        }

        command.SetAction(async (parsed, _) =>
        {
            var output = parsed.InvocationConfiguration.Output;
            var settings = RunSettingsComposer.Compose(
                row => parsed.GetValue(settingOptions[row]),
                Environment.GetEnvironmentVariable,
                RunSettingsFile.Read(parsed.GetValue(Settings)),
                Directory.GetCurrentDirectory());
            return await RunAsync(settings, FilterText(parsed), output, Environment.GetEnvironmentVariable);
        });
        return command;
    }

    public static async Task<int> RunAsync(
        Dictionary<string, string> settings,
        string? filter,
        TextWriter output,
        Func<string, string?> environment)
    {
        var validation = RunValidation.Of(settings);
        if (validation.Settings is not null)
        {
            ShippedSnapshots.CopyUnlessSet(settings);
        }

        var selected = ParseFilter(filter);
        await InProcessSuite.RunAsync(typeof(RunSetup).Assembly, settings, selected, new ConsoleListener(output));
        var results = SettingsLoader.ResultsDirectory(_ => null, settings.GetValueOrDefault);
        var summaryPath = SummaryFile.PathIn(results);
        if (!File.Exists(summaryPath))
        {
            throw new ToolException(ExitCodes.Fail, $"the run wrote no summary to {summaryPath}.");
        }

        var summary = SummaryFile.Parse(await File.ReadAllTextAsync(summaryPath));
        var rerun = RerunLine.For(validation.Settings);
        await output.WriteLineAsync($"JUnit XML written to {JunitReport.Write(results, summary, rerun)}");
        if (GitHubAnnotations.Enabled(environment))
        {
            foreach (var line in GitHubAnnotations.Lines(summary, rerun))
            {
                await output.WriteLineAsync(line);
            }
        }

        return await ExitCodeAsync(summary, validation, output);
    }

    private static async Task<int> ExitCodeAsync(
        SummaryDocument summary, RunValidation validation, TextWriter output)
    {
        if (summary.Started)
        {
            return summary.Verdict == "pass" ? ExitCodes.Pass : ExitCodes.Fail;
        }

        foreach (var problem in summary.Problems ?? [])
        {
            await output.WriteLineAsync("error: " + problem);
        }

        await output.WriteLineAsync(summary.Headline.Length > 0 ? summary.Headline : "NOT STARTED");
        return validation.Problems.Count > 0 ? ExitCodes.BadInput : ExitCodes.NotStarted;
    }

    private static string? FilterText(ParseResult parsed)
    {
        var filter = parsed.GetValue(Filter);
        var checks = parsed.GetValue(Checks) ?? [];
        if (filter is not null && checks.Length > 0)
        {
            throw new ToolException(ExitCodes.BadInput, "give --check or --filter, not both.");
        }

        return checks.Length > 0 ? string.Join('|', checks.Select(c => "CheckId=" + c)) : filter;
    }

    private static NUnit.Framework.Internal.TestFilter ParseFilter(string? filter)
    {
        try
        {
            return TestFilterText.Parse(filter);
        }
        catch (ArgumentException ex)
        {
            throw new ToolException(ExitCodes.BadInput, "--filter: " + ex.Message.Split(" (Parameter")[0]);
        }
    }
}

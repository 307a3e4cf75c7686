using System.CommandLine;
using System.Text.Json;
using CreditGrantConformance.Client;
using CreditGrantConformance.Results.Summary;
using CreditGrantConformance.Suite.Gaps;

namespace CreditGrantConformance.Tool.Commands;

/// <summary>
/// <c>write-gaps</c>: a known-gap file of a finished run's failures, written from its results directory as the run
/// itself writes one with <c>--write-gaps</c>, to review and then pass as <c>--expectations</c>.
/// </summary>
public static class WriteGapsCommand
{
    public static Command Build()
    {
        var results = new Argument<string>("results")
        {
            Description = "results directory of the run",
            DefaultValueFactory = _ => "artifacts",
        };
        var output = new Option<string>("--output", "-o")
        {
            Description = "where to write the file (default <results>/known-gaps.json)", HelpName = "path",
        };
        var command = new Command(
            "write-gaps",
            "Write a known-gap file from a run's failures, to review and pass as --expectations. "
            + "Exit 0 written, 2 bad input (no such run, or a run that did not start).") { results, output };
        command.SetAction(parsed =>
        {
            var directory = Path.GetFullPath(parsed.GetValue(results)!);
            var path = Path.GetFullPath(parsed.GetValue(output) ?? Path.Combine(directory, "known-gaps.json"));
            var count = Write(directory, path);
            parsed.InvocationConfiguration.Output.WriteLine(
                $"Known-gap file of {count} failures written to {path}: review each reason, then run with "
                + $"--expectations {path}.");
            return ExitCodes.Pass;
        });
        return command;
    }

    public static int Write(string resultsDirectory, string path)
    {
        var summaryPath = SummaryFile.PathIn(resultsDirectory);
        if (!File.Exists(summaryPath))
        {
            throw new ToolException(
                ExitCodes.BadInput, $"{summaryPath} does not exist: give a run's results directory.");
        }

        var summary = Read(summaryPath);
        if (summary.Verdict is not ("pass" or "fail"))
        {
            throw new ToolException(
                ExitCodes.BadInput, $"the run in {resultsDirectory} did not start: it has no failures to write.");
        }

        var origin = new GapFileWriter.Origin(
            summary.RunId ?? "unknown",
            summary.Target?.Name ?? "unknown",
            summary.FinishedAt ?? DateTimeOffset.UtcNow);
        return GapFileWriter.Write(path, origin, GapFileWriter.EntriesOf(summary), new Redactor([]));
    }

    private static SummaryDocument Read(string summaryPath)
    {
        try
        {
            return SummaryFile.Parse(File.ReadAllText(summaryPath));
        }
        catch (JsonException)
        {
            throw new ToolException(ExitCodes.BadInput, $"{summaryPath} is not a run summary.");
        }
    }
}

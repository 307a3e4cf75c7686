using System.CommandLine;
using CreditGrantConformance.Compare;

namespace CreditGrantConformance.Tool.Commands;

/// <summary><c>compare</c>: the run comparison (CreditGrantConformance.Compare), its options as they are.</summary>
public static class CompareToolCommand
{
    public static Command Build()
    {
        var runA = new Argument<string>("run-a") { Description = "results directory of the reference run" };
        var runB = new Argument<string>("run-b") { Description = "results directory of the run compared with it" };
        var options = new[]
        {
            ("--noise", "a second run of the reference with A's seed: what differs between them is noise"),
            ("--known", "known-divergence file"),
            ("--markdown", "write the Markdown report there instead of to standard output"),
            ("--json", "also write the comparison as JSON there"),
        }.Select(o => new Option<string>(o.Item1) { Description = o.Item2, HelpName = "path" }).ToList();
        var command = new Command(
            "compare",
            "Compare two runs' HTTP archives: everywhere the target of run B answers differently from run A's. "
            + "Exit 0 nothing diverges, 1 something diverges, 2 bad input.")
        {
            runA, runB,
        };
        options.ForEach(command.Add);
        command.SetAction(parsed =>
        {
            var args = new List<string> { parsed.GetValue(runA)!, parsed.GetValue(runB)! };
            foreach (var option in options.Where(o => parsed.GetValue(o) is not null))
            {
                args.AddRange([option.Name, parsed.GetValue(option)!]);
            }

            var configuration = parsed.InvocationConfiguration;
            return CompareCommand.Run(args, configuration.Output, configuration.Error);
        });
        return command;
    }
}

namespace CreditGrantConformance.Compare;

/// <summary>The command line: two results directories, then options, each taking one value.</summary>
public sealed record CompareArguments(
    string RunA,
    string RunB,
    string? Noise,
    string? Known,
    string? Markdown,
    string? Json)
{
    public const string Usage = """
        usage: dotnet run --project src/CreditGrantConformance.Compare -- <run A> <run B>
                 [--noise <run A′>] [--known <file>] [--markdown <path>] [--json <path>]
          <run A>, <run B>  results directories of two runs (conformance-summary.json and
                            conformance.har); A is the reference
          --noise <run A′>  a second run of the reference with A's seed: what differs between
                            A and A′ is noise, not divergence
          --known <file>    known-divergence file, for example
                            {"divergences":[{"check":"list.*","path":"/data/0/customer",
                                             "reason":"…","expires":"2027-06-30"}]}
          --markdown <path> write the Markdown report there instead of to standard output
          --json <path>     also write the comparison as JSON
          --help, -h        print this and exit
        exit code: 0 nothing diverges, 1 something diverges, 2 bad input
        """;

    public static CompareArguments? Parse(IReadOnlyList<string> args, out string problem)
    {
        var runs = new List<string>();
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
            {
                runs.Add(args[i]);
                continue;
            }

            if (args[i] is not ("--noise" or "--known" or "--markdown" or "--json"))
            {
                problem = $"Unknown option {args[i]}.";
                return null;
            }

            var option = args[i];
            if (i + 1 >= args.Count
                || args[i + 1].StartsWith("--", StringComparison.Ordinal)
                || !options.TryAdd(option, args[++i]))
            {
                problem = $"{option} needs one value, given once.";
                return null;
            }
        }

        problem = runs.Count == 2 ? "" : $"Give two results directories, run A then run B; got {runs.Count}.";
        return runs.Count == 2
            ? new CompareArguments(
                runs[0],
                runs[1],
                options.GetValueOrDefault("--noise"),
                options.GetValueOrDefault("--known"),
                options.GetValueOrDefault("--markdown"),
                options.GetValueOrDefault("--json"))
            : null;
    }
}

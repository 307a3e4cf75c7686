using CreditGrantConformance.Compare.Diff;
using CreditGrantConformance.Compare.Judging;
using CreditGrantConformance.Compare.Output;
using CreditGrantConformance.Compare.Runs;

namespace CreditGrantConformance.Compare;

/// <summary>
/// Compares two recorded runs check by check and exchange by exchange, and says where B answers differently from A.
/// Exit code 0 when nothing diverges (beyond noise and known divergences), 1 when something does, 2 for bad input.
/// </summary>
public static class CompareCommand
{
    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error, DateOnly? today = null)
    {
        if (args.Any(a => a is "--help" or "-h" or "-?"))
        {
            output.WriteLine(CompareArguments.Usage);
            return 0;
        }

        if (CompareArguments.Parse(args, out var problem) is not { } arguments)
        {
            error.WriteLine(problem);
            error.WriteLine(CompareArguments.Usage);
            return 2;
        }

        try
        {
            var comparison = Compare(arguments, today ?? DateOnly.FromDateTime(DateTime.UtcNow));
            var markdown = MarkdownReport.Render(comparison);
            if (arguments.Markdown is { } path)
            {
                Write(path, markdown);
                output.WriteLine($"Run comparison: {comparison.Headline}. Report written to {path}");
            }
            else
            {
                output.Write(markdown);
            }

            if (arguments.Json is { } json)
            {
                Write(json, JsonReport.Render(comparison));
            }

            return comparison.Diverges ? 1 : 0;
        }
        catch (BadInputException ex)
        {
            error.WriteLine(ex.Message);
            return 2;
        }
    }

    public static Comparison Compare(CompareArguments arguments, DateOnly today)
    {
        var known = arguments.Known is { } file ? KnownDivergences.Load(file, today) : KnownDivergences.None;
        var a = RecordedRun.Load(arguments.RunA, "A");
        var b = RecordedRun.Load(arguments.RunB, "B");
        var again = arguments.Noise is { } noiseDirectory ? RecordedRun.Load(noiseDirectory, "A′ (noise)") : null;
        var noise = again is null ? Noise.None : Noise.Learn(a, again);
        var checks = RunDiff.Compare(a, b).Select(c => JudgedCheck.Of(c, noise, known)).ToList();
        var warnings = a.Header.Mismatches(b.Header, "B").Concat(noise.Warnings).Concat(known.Warnings()).ToList();
        return new Comparison(a.Header, b.Header, again?.Header, warnings, checks);
    }

    private static void Write(string path, string text)
    {
        try
        {
            var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
            Directory.CreateDirectory(directory);
            File.WriteAllText(path, text);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new BadInputException($"Cannot write {path}: {ex.Message}");
        }
    }
}

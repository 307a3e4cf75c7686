using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using CreditGrantConformance.Suite.Configuration;
using CreditGrantConformance.Suite.Results;

namespace CreditGrantConformance.Suite.Properties;

/// <summary>
/// A property failure as a user reads it: how many cases ran and shrank, the smallest case (as the generators print it:
/// requests with placeholders), what the target answered, and the command that replays exactly these cases. FsCheck's
/// own replay tuples and exception dumps are left out: nothing in the suite accepts them.
/// </summary>
internal static partial class CounterexampleText
{
    public static string Of(string fsCheckMessage, Exception? failure, string checkId, ConformanceSettings settings)
    {
        var text = new StringBuilder();
        var lines = fsCheckMessage.Replace("\r", "", StringComparison.Ordinal).Split('\n');
        var exception = Array.FindIndex(lines, l => l.StartsWith("with exception", StringComparison.Ordinal));
        var kept = (exception < 0 ? lines : lines[..exception])
            .Where(Kept)
            .Select(l => SeedTuple().Replace(l, "").TrimEnd())
            .ToList();
        // With a shrunk case, the original one only gets in the reader's way.
        var original = kept.IndexOf("Original:");
        var shrunk = kept.IndexOf("Shrunk:");
        if (original >= 0 && shrunk > original)
        {
            kept.RemoveRange(original, shrunk - original);
        }

        // The headline says what broke; FsCheck's counts follow it.
        var what = failure?.Message.Trim().Split('\n')[0].Trim() ?? "a generated case did not hold";
        text.AppendLine(
            CultureInfo.InvariantCulture,
            $"{what} ({(kept.Count > 0 ? kept[0].TrimEnd('.') : "falsified")})");
        foreach (var line in kept.Skip(1))
        {
            text.AppendLine(line);
        }

        if (failure is not null)
        {
            text.AppendLine("What failed in the smallest case:").AppendLine(failure.Message.Trim());
        }

        // The same line as the summary's rerun: the target, its key from the shell, the seed and the case count.
        text.Append("Replay these cases: ").Append(Rerun.Command(Rerun.Prefix(settings), checkId));
        return text.ToString().Trim();
    }

    private static bool Kept(string line) =>
        line.Trim().Length > 0
        && !line.StartsWith("Last step was invoked", StringComparison.Ordinal)
        && !line.StartsWith("Replay", StringComparison.Ordinal);

    [GeneratedRegex(@"\s*\(\d+,\s*\d+\)")]
    private static partial Regex SeedTuple();
}

using System.Text.RegularExpressions;

namespace CreditGrantConformance.SelfTests.Wholesome;

/// <summary>
/// Where each check id is defined, as <c>file:line</c> from the repository root, so that searching for a failing id
/// always finds it: the line of its <c>[Check("id", …)]</c> attribute; for a data-driven case, the line of its
/// <c>"id"</c> in the data file; for an id built at run time (<c>"create.echoes_" + key</c>), the line that passes its
/// key (<c>Echo("name", …)</c>), or else the line that builds it.
/// </summary>
internal static partial class CheckLocations
{
    private static readonly string[] CodeFolders = [Path.Combine("tests", "Conformance")];

    public static IReadOnlyDictionary<string, string> Find(string root, IEnumerable<string> ids)
    {
        var code = CodeFolders.SelectMany(folder => SourceFiles.Under(root, folder)).Order(StringComparer.Ordinal);
        // The request catalogues; rules.json names ids too, but only to judge them, and expectations/ lists gaps.
        var data = Directory.GetFiles(Path.Combine(root, "fixtures"), "*.json")
            .Where(f => Path.GetFileName(f) != "rules.json")
            .Select(f => Path.GetRelativePath(root, f))
            .Order(StringComparer.Ordinal);
        var lines = code.Concat(data)
            .SelectMany(file => File.ReadLines(Path.Combine(root, file))
                .Select((text, index) => new Line(file.Replace('\\', '/'), index + 1, text)))
            .ToList();

        return ids.Distinct()
            .ToDictionary(id => id, id => Locate(id, lines) ?? "**not found**", StringComparer.Ordinal);
    }

    private static string? Locate(string id, List<Line> lines) =>
        (lines.FirstOrDefault(l => l.Text.Contains($"[Check(\"{id}\"", StringComparison.Ordinal))
            ?? lines.FirstOrDefault(l => l.Text.Contains($"\"id\": \"{id}\"", StringComparison.Ordinal))
            ?? lines.FirstOrDefault(l => l.Text.Contains($"\"{id}\"", StringComparison.Ordinal))
            ?? BuiltAtRunTime(id, lines))?.Where;

    // The longest literal that starts the id ("create.echoes_") or ends it (".shape_matches_snapshot"); then, in the
    // same file, the line that passes the rest of the id as a literal ("name"), which is the case itself.
    private static Line? BuiltAtRunTime(string id, List<Line> lines)
    {
        var cuts = Enumerable.Range(1, id.Length - 1).Where(i => id[i - 1] is '.' or '_').Reverse().ToList();
        var builders = cuts
            .Select(cut => (Part: id[..cut], Remainder: id[cut..]))
            .Concat(cuts.Where(c => id[c - 1] == '.').Select(c => (Part: id[(c - 1)..], Remainder: id[..(c - 1)])))
            .SelectMany(p => lines
                .Where(l => p.Part.StartsWith('.')
                    ? l.Text.Contains($"}}{p.Part}\"", StringComparison.Ordinal)
                        || l.Text.Contains($"\"{p.Part}\"", StringComparison.Ordinal)
                    : Literals(l.Text).Contains(p.Part))
                .Select(l => (Builder: l, p.Remainder)))
            .ToList();
        return builders
            .Select(b => lines.FirstOrDefault(l => l.File == b.Builder.File && Literals(l.Text).Contains(b.Remainder)))
            .FirstOrDefault(l => l is not null)
            ?? builders.Select(b => b.Builder).FirstOrDefault();
    }

    private static HashSet<string> Literals(string text) =>
        Literal().Matches(text).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex("\"([a-z0-9_.]+)\"")]
    private static partial Regex Literal();

    private sealed record Line(string File, int Number, string Text)
    {
        public string Where => $"{File}:{Number}";
    }
}

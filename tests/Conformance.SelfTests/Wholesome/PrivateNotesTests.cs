using System.Text.RegularExpressions;
using CreditGrantConformance.Suite.Configuration;

namespace CreditGrantConformance.SelfTests.Wholesome;

/// <summary>
/// The product stands on public sources: no file of the repository cites notes its users cannot read (the team's
/// behaviour notes, their lettered sections such as "(B.8)", the style guide's numbered practices, the shared folder).
/// A rule cites Stripe's pages by URL, the Stripe OpenAPI spec, the SDKs, or the repository's own docs.
/// </summary>
public sealed partial class PrivateNotesTests
{
    private static readonly string[] TextFiles =
        ["*.cs", "*.md", "*.json", "*.mjs", "*.js", "*.props", "*.targets", "*.csproj", "*.runsettings", "*.sh"];

    private static readonly string[] Skipped =
        ["node_modules", "bin", "obj", "artifacts", "runs", "TestResults", ".git"];

    [Test]
    public void No_file_of_the_repository_cites_a_private_note()
    {
        var root = RepositoryLocator.FindRoot();
        var citing = RepositoryTextFiles(root)
            .Where(f => Path.GetFileName(f) != $"{nameof(PrivateNotesTests)}.cs")
            .SelectMany(f => File.ReadLines(f)
                .Select((line, index) => (Line: line, Number: index + 1))
                .Where(l => PrivateNote().IsMatch(l.Line))
                .Select(l => $"{Path.GetRelativePath(root, f)}:{l.Number}: {PrivateNote().Match(l.Line).Value}"));

        Assert.That(
            citing,
            Is.Empty,
            "These lines cite notes outside the repository; cite Stripe's public page (https://docs.stripe.com/...), "
            + "the Stripe OpenAPI spec, an SDK, ASSUMPTIONS.md or a file under docs/ instead.");
    }

    /// <summary>True when the text cites a private note; the checks' rules and sources are held to it too.</summary>
    public static bool CitesPrivateNote(string text) => PrivateNote().IsMatch(text);

    private static IEnumerable<string> RepositoryTextFiles(string root) =>
        Directory.GetFiles(root, "*", SearchOption.TopDirectoryOnly)
            .Concat(Directory.GetDirectories(root)
                .Where(d => !Skipped.Contains(Path.GetFileName(d)))
                .SelectMany(d => Directory.GetFiles(d, "*", SearchOption.AllDirectories)))
            .Where(f => !f.Split(Path.DirectorySeparatorChar).Any(part => Skipped.Contains(part)))
            .Where(f => !Path.GetFileName(f).Contains(".received.", StringComparison.Ordinal))
            .Where(f => TextFiles.Any(pattern => Path.GetFileName(f).EndsWith(pattern[1..], StringComparison.Ordinal))
                || Path.GetDirectoryName(f) == Path.Combine(root, ".ci"));

    // The notes' file, the shared folder, their lettered sections, the style guide's numbered practices, "our notes".
    [GeneratedRegex(
        @"stripe-api-behaviour|(?<![\w.-])shared/|\([A-D]\.\d+\)|\bSTYLE \d+|\bour (?:reference |behaviour )?notes\b")]
    private static partial Regex PrivateNote();
}

using System.Text.RegularExpressions;
using CreditGrantConformance.Suite.Configuration;

namespace CreditGrantConformance.SelfTests.Wholesome;

/// <summary>
/// CONTRIBUTING.md's checklists name, for each step, the file to touch and the self-test that holds it: a newcomer
/// follows them literally, so a test renamed or a file moved fails here by name instead of sending them nowhere.
/// </summary>
public sealed partial class ContributingGuideTests
{
    private static readonly string Root = RepositoryLocator.FindRoot();

    private static string Guide => File.ReadAllText(Path.Combine(Root, "CONTRIBUTING.md"));

    [Test]
    public void Every_self_test_the_guide_names_exists()
    {
        var types = typeof(ContributingGuideTests).Assembly.GetTypes()
            .GroupBy(t => t.Name, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var missing = TestName().Matches(Guide)
            .Select(m => (Type: m.Groups["type"].Value, Method: m.Groups["method"].Value))
            .Distinct()
            .Where(n => !types.TryGetValue(n.Type, out var type)
                || (n.Method.Length > 0 && !type.GetMethods().Any(m => m.Name == n.Method)))
            .Select(n => n.Method.Length > 0 ? $"{n.Type}.{n.Method}" : n.Type);

        Assert.That(
            missing,
            Is.Empty,
            "CONTRIBUTING.md names self-tests the self-tests do not have: write the name the test has now.");
    }

    [Test]
    public void Every_path_the_guide_names_exists()
    {
        var missing = RepositoryPath().Matches(Guide)
            .Select(m => m.Groups["path"].Value)
            .Distinct()
            .Where(p => !Exists(p));

        Assert.That(
            missing,
            Is.Empty,
            "CONTRIBUTING.md names files or folders the repository does not have: write the path they have now.");
    }

    // A received file (written by a test, git-ignored) stands for its verified one; a pattern (*) needs one match.
    private static bool Exists(string path)
    {
        var full = Path.Combine(Root, path.Replace(".received.", ".", StringComparison.Ordinal).TrimEnd('/'));
        if (!full.Contains('*', StringComparison.Ordinal))
        {
            return File.Exists(full) || Directory.Exists(full);
        }

        var folder = Path.GetDirectoryName(full)!;
        return Directory.Exists(folder) && Directory.GetFiles(folder, Path.GetFileName(full)).Length > 0;
    }

    [GeneratedRegex(@"`(?<type>[A-Z][A-Za-z]*Tests)(?:\.(?<method>[A-Za-z_]+))?`")]
    private static partial Regex TestName();

    [GeneratedRegex(@"`(?<path>(?:src|tests|fixtures|docs|drivers|schemas|openapi|scripts)/[^`\s]*)`")]
    private static partial Regex RepositoryPath();
}

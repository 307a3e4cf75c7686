using System.Text.Json.Nodes;
using CreditGrantConformance.Suite.Configuration;

namespace CreditGrantConformance.SelfTests.Wholesome;

/// <summary>
/// One rule of fixtures/rules.json: what Stripe says (or what we assume), where, and which checks judge it.
/// </summary>
internal sealed record Rule(string Id, string Provenance, string Statement, string Source, IReadOnlyList<string> Checks)
{
    /// <summary>Whether a check id is one of this rule's: a pattern's * matches any run of characters.</summary>
    public bool Judges(string checkId) => Checks.Any(pattern => Glob.Matches(pattern, checkId));
}

/// <summary>fixtures/rules.json: the rules the suite judges, each once.</summary>
internal static class RuleCatalogue
{
    public static string Path => System.IO.Path.Combine(RepositoryLocator.FindRoot(), "fixtures", "rules.json");

    public static IReadOnlyList<Rule> Load() => JsonNode.Parse(File.ReadAllText(Path))!["rules"]!.AsArray()
        .Select(r => new Rule(
            r!["id"]!.ToString(),
            r["provenance"]!.ToString(),
            r["rule"]!.ToString(),
            r["source"]!.ToString(),
            r["checks"]!.AsArray().Select(c => c!.ToString()).ToList()))
        .ToList();

    /// <summary>
    /// The rules that judge a check: those that name it exactly, or else those whose pattern matches it. A name takes
    /// a check out of a broader pattern (create.echoes_prices_scope, an assumption, out of the spec's create.echoes_*).
    /// </summary>
    public static IReadOnlyList<Rule> Judging(this IReadOnlyList<Rule> rules, string checkId)
    {
        var naming = rules.Where(r => r.Checks.Contains(checkId, StringComparer.Ordinal)).ToList();
        return naming.Count > 0 ? naming : rules.Where(r => r.Judges(checkId)).ToList();
    }
}

/// <summary>Patterns of check ids: <c>*</c> stands for any run of characters, anywhere.</summary>
internal static class Glob
{
    public static bool Matches(string pattern, string text)
    {
        var parts = pattern.Split('*');
        if (parts.Length == 1)
        {
            return pattern == text;
        }

        if (!text.StartsWith(parts[0], StringComparison.Ordinal) || !text.EndsWith(parts[^1], StringComparison.Ordinal))
        {
            return false;
        }

        var at = parts[0].Length;
        foreach (var part in parts[1..^1])
        {
            var found = text.IndexOf(part, at, StringComparison.Ordinal);
            if (found < 0)
            {
                return false;
            }

            at = found + part.Length;
        }

        return at <= text.Length - parts[^1].Length;
    }
}

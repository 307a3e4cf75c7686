using System.Text.RegularExpressions;
using CreditGrantConformance.Compare.Diff;

namespace CreditGrantConformance.Compare.Judging;

/// <summary>
/// One entry of a known-divergence file: a check id and a field path, each of which may use '*' for any run of
/// characters (<c>list.*</c>, <c>/data/*/customer</c>); no path matches every divergence of the check.
/// </summary>
public sealed record KnownDivergence(string Check, string? Path, string Reason, DateOnly? Expires)
{
    public bool Matches(Divergence divergence) =>
        Glob(Check).IsMatch(divergence.CheckId) && (Path is null || Glob(Path).IsMatch(divergence.Path));

    public bool IsExpired(DateOnly today) => Expires is { } date && date < today;

    public string Describe() => $"{Check} {Path ?? "(every path)"}";

    private static Regex Glob(string pattern) =>
        new(
            "^" + string.Join(".*", pattern.Split('*').Select(Regex.Escape)) + "$",
            RegexOptions.CultureInvariant,
            TimeSpan.FromSeconds(1));
}

using System.Text.RegularExpressions;

namespace CreditGrantConformance.Suite.Coverage;

/// <summary>
/// An error an operation is expected to answer with in some run, by status, type, code and the <c>param</c> it names
/// (a trailing or inner <c>*</c> matches any text, for a map's keys), with the reason it is on the list.
/// </summary>
public sealed record NamedError(int Status, string Type, string? Code, string? Param, string Reason)
{
    public string Name => Describe(Status, Type, Code, Param);

    public static string Describe(int status, string type, string? code, string? param) =>
        $"{status} {type}" + (code is null ? "" : " " + code) + (param is null ? "" : " param " + param);

    public bool Matches(int status, string? type, string? code, string? param) =>
        status == Status && type == Type && code == Code
        && (Param is null ? param is null : param is not null && Glob(Param).IsMatch(param));

    private static Regex Glob(string pattern) => new(
        "^" + Regex.Escape(pattern).Replace("\\*", ".*", StringComparison.Ordinal) + "$",
        RegexOptions.CultureInvariant | RegexOptions.Singleline,
        TimeSpan.FromSeconds(1));
}

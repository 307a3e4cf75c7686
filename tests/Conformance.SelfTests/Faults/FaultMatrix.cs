using System.Text.Json.Nodes;
using CreditGrantConformance.Suite.Configuration;

namespace CreditGrantConformance.SelfTests.Faults;

/// <summary>
/// tests/Conformance.SelfTests/Faults/fault-matrix.json: for every fault of the reference server's catalogue, the
/// checks it exists to prove can fail. Meta-tests read it in seconds (every check is proven by some fault); the
/// mutation run holds it true (every listed check fails against its fault); docs/rules.md shows it.
/// </summary>
internal static class FaultMatrix
{
    public static string Path => System.IO.Path.Combine(
        RepositoryLocator.FindRoot(), "tests", "Conformance.SelfTests", "Faults", "fault-matrix.json");

    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Load() =>
        JsonNode.Parse(File.ReadAllText(Path))!["faults"]!.AsObject()
            .ToDictionary(
                f => f.Key,
                f => (IReadOnlyList<string>)f.Value!.AsArray().Select(c => c!.ToString()).ToList(),
                StringComparer.Ordinal);

    /// <summary>
    /// Faults of limits and edges, which only the checks listed beside them (and property and account-wide checks) may
    /// catch.
    /// </summary>
    public static IReadOnlyList<string> Exclusive() => Names("exclusive");

    /// <summary>
    /// Checks that list the whole account: their answers hold every other check's grants, so any fault that shapes a
    /// grant may show in them, whichever family it belongs to.
    /// </summary>
    public static IReadOnlyList<string> AccountWide() => Names("account_wide");

    /// <summary>Check id → the faults that prove it can fail.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> ByCheck(
        IReadOnlyDictionary<string, IReadOnlyList<string>> matrix) =>
        matrix
            .SelectMany(f => f.Value.Select(check => (Check: check, Fault: f.Key)))
            .GroupBy(p => p.Check, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => (IReadOnlyList<string>)g.Select(p => p.Fault).Order(StringComparer.Ordinal).ToList(),
                StringComparer.Ordinal);

    private static List<string> Names(string key) =>
        JsonNode.Parse(File.ReadAllText(Path))![key]!.AsArray().Select(n => n!.ToString()).ToList();
}

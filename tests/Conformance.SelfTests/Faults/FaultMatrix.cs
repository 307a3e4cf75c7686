using System.Text.Json.Nodes;
using CreditGrantConformance.ReferenceServer.Faults;
using CreditGrantConformance.Results.Json;
using CreditGrantConformance.Suite.Configuration;

namespace CreditGrantConformance.SelfTests.Faults;

/// <summary>
/// tests/Conformance.SelfTests/Faults/fault-matrix.json: for every fault of the reference server's catalogue, the
/// checks that fail against it. Derived, never written by hand: the mutation run writes what it found to
/// fault-matrix.received.json and fails while a narrow fault's entry differs from the verified fault-matrix.json
/// (rename it after review, as docs/rules.md works). Meta-tests read the verified file in seconds; docs/rules.md
/// shows it.
/// </summary>
internal static class FaultMatrix
{
    /// <summary>
    /// A fault that fails at most this many checks is narrow: it shows what each of them is named for.
    /// </summary>
    public const int NarrowLimit = 5;

    private const string Comment = "Written by the mutation run (FaultDetectionTests), never by hand: for every fault"
        + " of the reference server's catalogue, the checks that fail against it (a check that lists the whole account"
        + " counts only when it fails run alone). The run writes fault-matrix.received.json when it finds otherwise;"
        + " review it and rename it to fault-matrix.json. docs/rules.md shows it.";

    public static string Path => System.IO.Path.Combine(
        RepositoryLocator.FindRoot(), "tests", "Conformance.SelfTests", "Faults", "fault-matrix.json");

    public static string ReceivedPath => System.IO.Path.ChangeExtension(Path, ".received.json");

    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Load() =>
        File.Exists(Path) ? Parse(File.ReadAllText(Path)) : new Dictionary<string, IReadOnlyList<string>>();

    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Parse(string json) =>
        JsonNode.Parse(json)!["faults"]!.AsObject()
            .ToDictionary(
                f => f.Key,
                f => (IReadOnlyList<string>)f.Value!.AsArray().Select(c => c!.ToString()).ToList(),
                StringComparer.Ordinal);

    /// <summary>The file's text: faults in the catalogue's order, each with its checks in id order.</summary>
    public static string Render(IReadOnlyDictionary<string, IReadOnlyList<string>> matrix)
    {
        var faults = new JsonObject();
        foreach (var fault in FaultCatalogue.All.Where(f => matrix.ContainsKey(f.Name)))
        {
            faults[fault.Name] = new JsonArray(matrix[fault.Name]
                .Order(StringComparer.Ordinal)
                .Select(c => (JsonNode?)JsonValue.Create(c))
                .ToArray());
        }

        var document = new JsonObject { ["$comment"] = Comment, ["faults"] = faults };
        return document.ToJsonString(ReadableJson.Indented) + "\n";
    }

    /// <summary>
    /// Faults of a limit or an edge (their aspect says so): only the checks aimed at that edge may catch them, so a
    /// check that starts catching one leans on an edge it does not name.
    /// </summary>
    public static bool IsEdge(Fault fault) =>
        fault.Aspect.StartsWith("limit", StringComparison.Ordinal)
        || fault.Aspect.StartsWith("edge", StringComparison.Ordinal);

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

    /// <summary>Check id → the narrow faults (<see cref="NarrowLimit"/> checks or fewer) that fail it.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> NarrowByCheck(
        IReadOnlyDictionary<string, IReadOnlyList<string>> matrix) =>
        ByCheck(matrix.Where(f => Breadth(f.Value) <= NarrowLimit).ToDictionary(f => f.Key, f => f.Value));

    /// <summary>
    /// How many checks a fault fails, leaving out the checks that meet every fault of what they send by design
    /// (<see cref="MeetsEveryFault"/>), so catching one does not make a fault broad.
    /// </summary>
    public static int Breadth(IEnumerable<string> checks) => checks.Count(c => !MeetsEveryFault(c));

    /// <summary>
    /// Checks that send across the whole parameter space or state machine by design: property checks (generated
    /// cases and sequences), concurrency checks (whatever writes race, each applied one is judged) and the checks that
    /// send every parameter at its limit at once. They meet a fault by what they happen to send and how the target
    /// interleaved it, so their catches neither make a fault broad nor are pinned; each fault's own checks prove it.
    /// </summary>
    public static bool MeetsEveryFault(string check) =>
        check.StartsWith("property.", StringComparison.Ordinal)
        || check.StartsWith("concurrency.", StringComparison.Ordinal)
        || check.Contains(".accepts_every_limit_at_once", StringComparison.Ordinal);

    /// <summary>What differs between two matrices, fault by fault, as lines a reader can act on.</summary>
    public static IEnumerable<string> Differences(
        IReadOnlyDictionary<string, IReadOnlyList<string>> verified,
        IReadOnlyDictionary<string, IReadOnlyList<string>> received) =>
        verified.Keys.Union(received.Keys).Order(StringComparer.Ordinal)
            .Select(fault => (
                Fault: fault,
                Gone: (verified.GetValueOrDefault(fault) ?? []).Except(received.GetValueOrDefault(fault) ?? []),
                New: (received.GetValueOrDefault(fault) ?? []).Except(verified.GetValueOrDefault(fault) ?? [])))
            .Where(d => d.Gone.Any() || d.New.Any())
            .Select(d => $"{d.Fault}: "
                + string.Join(", ", d.New.Select(c => "+" + c).Concat(d.Gone.Select(c => "-" + c))));
}

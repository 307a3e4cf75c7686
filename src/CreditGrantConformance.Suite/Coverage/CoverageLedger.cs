using CreditGrantConformance.Operations;

namespace CreditGrantConformance.Suite.Coverage;

/// <summary>
/// What a run exercised of the API, per operation, computed from its HTTP archive and the OpenAPI document
/// (<c>conformance-coverage.json</c>, docs/coverage.md): the figure of each kind, and what it never exercised, by name.
/// </summary>
public sealed record CoverageLedger(bool Started, IReadOnlyList<OperationCoverage> Operations)
{
    /// <summary>The ledger of a run that did not start: nothing exercised, nothing counted.</summary>
    public static CoverageLedger NotStarted { get; } = new(false, []);

    public static CoverageLedger Of(IEnumerable<HarExchange> exchanges) =>
        Of(exchanges, ApiSurface.All, CoverageLists.All);

    public static CoverageLedger Of(
        IEnumerable<HarExchange> exchanges,
        IReadOnlyList<OperationSurface> surfaces,
        CoverageLists lists)
    {
        var tallies = surfaces.ToDictionary(s => s.Operation, s => new OperationTally(s));
        foreach (var exchange in exchanges)
        {
            if (tallies.TryGetValue(exchange.Operation, out var tally))
            {
                tally.Add(exchange);
            }
        }

        return new CoverageLedger(
            true,
            [.. ApiOperation.All.Where(tallies.ContainsKey).Select(o => LedgerBuilder.Build(tallies[o], lists))]);
    }

    public IReadOnlyList<CoverageFigure> Figures => [.. Enum.GetValues<CoverageKind>().Select(Figure)];

    public CoverageFigure Figure(CoverageKind kind)
    {
        var items = Operations.SelectMany(o => o.Of(kind)).ToList();
        var counted = items.Where(i => i.OutOfReach is null).ToList();
        return new CoverageFigure(kind, counted.Count(i => i.Exercised), counted.Count, items.Count - counted.Count);
    }

    /// <summary>What the run never exercised of a kind (out of reach left out), e.g. <c>list limit</c>.</summary>
    public IReadOnlyList<string> NeverExercised(CoverageKind kind) =>
        [.. Operations.SelectMany(o => o.Of(kind)
            .Where(i => !i.Exercised && i.OutOfReach is null)
            .Select(i => o.Operation + " " + i.Name))];
}

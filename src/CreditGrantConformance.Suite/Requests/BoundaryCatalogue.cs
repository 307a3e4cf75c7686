using CreditGrantConformance.Results.Summary;
using CreditGrantConformance.Suite.Checks;
using CreditGrantConformance.Suite.Configuration;

namespace CreditGrantConformance.Suite.Requests;

/// <summary>
/// Loads <c>fixtures/boundary-inputs.json</c>: requests exactly at a documented limit, which must be accepted and
/// echoed.
/// </summary>
public static class BoundaryCatalogue
{
    private static readonly Lazy<IReadOnlyList<BoundaryCase>> Loaded =
        new(() => Load(SuiteContent.Fixture("boundary-inputs.json")));

    public static IReadOnlyList<BoundaryCase> All => Loaded.Value;

    public static IReadOnlyList<BoundaryCase> Load(string path) => CaseEntry.Entries(path).Select(e => new BoundaryCase(
        CaseEntry.Parse(e.Json, e.Where, Categories.Validation),
        e.Json["echo"]?.AsArray().Select(p => p!.GetValue<string>()).ToList()
            ?? throw new InvalidDataException($"{e.Where}: \"echo\" is required."),
        e.Json["accepted_evidence"]?.GetValue<string>() is { } evidence
            ? Enum.Parse<Provenance>(evidence, ignoreCase: true)
            : null,
        e.Json["fresh_grant"]?.GetValue<bool>() ?? false)).ToList();
}

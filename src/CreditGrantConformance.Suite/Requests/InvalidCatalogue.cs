using CreditGrantConformance.Operations;
using CreditGrantConformance.Results.Summary;
using CreditGrantConformance.Suite.Assertions;
using CreditGrantConformance.Suite.Configuration;

namespace CreditGrantConformance.Suite.Requests;

/// <summary>
/// Loads <c>fixtures/invalid-inputs.json</c>: requests broken in one place, and the error each must get.
/// </summary>
public static class InvalidCatalogue
{
    private static readonly Lazy<IReadOnlyList<InvalidCase>> Loaded =
        new(() => Load(SuiteContent.Fixture("invalid-inputs.json")));

    /// <summary>Every case of the catalogue, over every operation.</summary>
    public static IReadOnlyList<InvalidCase> All => Loaded.Value;

    public static IEnumerable<InvalidCase> For(ApiOperation operation) => All.Where(c => c.Operation == operation);

    public static IReadOnlyList<InvalidCase> Load(string path) => CaseEntry.Entries(path).Select(e =>
    {
        var expect = e.Json["expect"]?.AsObject()
            ?? throw new InvalidDataException($"{e.Where}: \"expect\" is required.");
        return new InvalidCase(
            CaseEntry.Parse(e.Json, e.Where, Categories.Validation),
            new ExpectedError(
                expect["status"]!.GetValue<int>(),
                CaseEntry.Text(expect, "type", e.Where),
                expect["code"]?.GetValue<string>(),
                expect["param"]?.GetValue<string>(),
                expect["param_prefix"]?.GetValue<string>()));
    }).ToList();
}

using System.Text.Json.Nodes;
using CreditGrantConformance.Suite.Configuration;

namespace CreditGrantConformance.Suite.Coverage;

/// <summary>
/// What the repository says the ledger counts beyond the OpenAPI document: the errors each operation is expected to
/// answer with (<c>fixtures/coverage/expected-errors.json</c>), and what no run can reach, each with its reason
/// (<c>fixtures/coverage/out-of-reach.json</c>), which is listed but not counted.
/// </summary>
public sealed record CoverageLists(
    IReadOnlyDictionary<string, IReadOnlyList<NamedError>> Errors,
    IReadOnlyList<OutOfReachItem> OutOfReach)
{
    public const string ErrorsFile = "expected-errors.json";
    public const string OutOfReachFile = "out-of-reach.json";

    private static readonly Lazy<CoverageLists> Shipped = new(() => Read(
        File.ReadAllText(SuiteContent.Fixture(Path.Combine("coverage", ErrorsFile))),
        File.ReadAllText(SuiteContent.Fixture(Path.Combine("coverage", OutOfReachFile)))));

    public static CoverageLists All => Shipped.Value;

    public static CoverageLists Read(string errorsJson, string outOfReachJson)
    {
        var errors = new Dictionary<string, IReadOnlyList<NamedError>>(StringComparer.Ordinal);
        foreach (var (operation, list) in JsonNode.Parse(errorsJson)!["operations"]!.AsObject())
        {
            errors[operation] = [.. list!.AsArray().OfType<JsonObject>().Select(e => new NamedError(
                e["status"]!.GetValue<int>(),
                e["type"]!.GetValue<string>(),
                e["code"]?.GetValue<string>(),
                e["param"]?.GetValue<string>(),
                e["reason"]!.GetValue<string>()))];
        }

        var outOfReach = JsonNode.Parse(outOfReachJson)!["items"]!.AsArray().OfType<JsonObject>()
            .Select(i => new OutOfReachItem(
                i["operation"]!.GetValue<string>(),
                CoverageKinds.Parse(i["kind"]!.GetValue<string>()),
                i["item"]!.GetValue<string>(),
                i["reason"]!.GetValue<string>()))
            .ToList();
        return new CoverageLists(errors, outOfReach);
    }

    public string? OutOfReachReason(string operation, CoverageKind kind, string item) => OutOfReach
        .FirstOrDefault(o => o.Operation == operation && o.Kind == kind && o.Item == item)?.Reason;
}

/// <summary>Something of an operation no run can exercise, and why.</summary>
public sealed record OutOfReachItem(string Operation, CoverageKind Kind, string Item, string Reason);

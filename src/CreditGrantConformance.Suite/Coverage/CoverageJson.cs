using System.Text.Json.Nodes;

namespace CreditGrantConformance.Suite.Coverage;

/// <summary><c>conformance-coverage.json</c>: the ledger as docs/coverage.md describes it.</summary>
public static class CoverageJson
{
    public static JsonObject Of(CoverageLedger ledger, string? runId)
    {
        var kinds = Enum.GetValues<CoverageKind>();
        return new JsonObject
        {
            ["run_id"] = runId,
            ["started"] = ledger.Started,
            ["computed_from"] = "the run's HTTP archive (conformance.har) and the OpenAPI document "
                + "(openapi/credit-grants.openapi.json), with fixtures/coverage/expected-errors.json and "
                + "fixtures/coverage/out-of-reach.json",
            ["held_at_100_percent"] = Strings(CoverageKinds.Held.Select(k => k.Name())),
            ["figures"] = new JsonObject(ledger.Started
                ? kinds.Select(k => KeyValuePair.Create(k.Name(), (JsonNode?)Figure(ledger.Figure(k))))
                : []),
            ["never_exercised"] = new JsonObject(ledger.Started
                ? kinds.Select(k => KeyValuePair.Create(k.Name(), (JsonNode?)Strings(ledger.NeverExercised(k))))
                : []),
            ["operations"] = new JsonObject(ledger.Operations.Select(o =>
                KeyValuePair.Create(o.Operation, (JsonNode?)Operation(o)))),
        };
    }

    private static JsonObject Figure(CoverageFigure figure) => new()
    {
        ["exercised"] = figure.Exercised,
        ["total"] = figure.Total,
        ["percent"] = figure.Percent,
        ["out_of_reach"] = figure.OutOfReach,
    };

    private static JsonObject Operation(OperationCoverage operation)
    {
        var json = new JsonObject { ["requests"] = operation.Requests };
        foreach (var kind in Enum.GetValues<CoverageKind>())
        {
            json[kind.Name()] = Items(operation.Of(kind));
        }

        json["unknown_parameters_sent"] = Strings(operation.UnknownParameters);
        json["unnamed_errors"] = Items(operation.UnnamedErrors);
        return json;
    }

    private static JsonArray Items(IEnumerable<CoverageItem> items) => new([.. items.Select(i =>
    {
        var item = new JsonObject { ["name"] = i.Name, ["count"] = i.Count, ["exercised"] = i.Exercised };
        if (i.Detail is not null)
        {
            item["detail"] = i.Detail;
        }

        if (i.OutOfReach is not null)
        {
            item["out_of_reach"] = i.OutOfReach;
        }

        return (JsonNode?)item;
    })]);

    private static JsonArray Strings(IEnumerable<string> items) => new([.. items.Select(i => (JsonNode?)i)]);
}

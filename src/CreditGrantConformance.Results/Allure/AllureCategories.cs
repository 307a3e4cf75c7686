using System.Text.Json.Nodes;

namespace CreditGrantConformance.Results.Allure;

/// <summary>
/// categories.json: failures grouped the way a reviewer triages them, first match first. Allure 2 (Java) matches a
/// regex against the whole message and Allure 3 (JavaScript) searches it, so each pattern is written to mean the same
/// under both: [\s\S] instead of a dot-all flag. Messages start with "Outcome (check id): ", which the rules rely on.
/// </summary>
public static class AllureCategories
{
    public static JsonArray Build() =>
    [
        Category("Environment (no answer, timeouts, 429 after retries)", "broken", @"[\s\S]*"),
        Category(
            "Stale known-gap entries",
            "failed",
            @"^(Unexpected pass|Failed \([^)]*\): The known-gap entry)[\s\S]*"),
        Category("Schema violation", "failed", @"[\s\S]*Schema violation[\s\S]*"),
        Category("Shape drift against a snapshot", "failed", @"[\s\S]*response shape differs[\s\S]*"),
        Category("Wire format of an SDK", "failed", @"[\s\S]*Wire check[\s\S]*"),
        Category("Error-format gap", "failed", @"[\s\S]*error\.(type|code|param|message)[\s\S]*"),
        Category("Validation gap", "failed", @"^\w+ \(\w+\.(rejects|accepts)[\s\S]*"),
        Category(
            "State-machine gap",
            "failed",
            @"^\w+ \((update|expire|void|retrieve|list|idempotency|property)\.[\s\S]*"),
        Category("Other conformance failure", "failed", @"[\s\S]*"),
    ];

    private static JsonObject Category(string name, string status, string regex) => new()
    {
        ["name"] = name,
        ["matchedStatuses"] = new JsonArray(status),
        ["messageRegex"] = regex,
    };
}

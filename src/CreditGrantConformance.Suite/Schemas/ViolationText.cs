using System.Text.Json;
using Json.Schema;

namespace CreditGrantConformance.Suite.Schemas;

/// <summary>
/// Turns JsonSchema.Net's hierarchical results into pointer / expected / actual triples a reader can act on.
/// </summary>
internal sealed class ViolationText
{
    // An applicator fails because a subschema failed; that subschema's own node says where and why.
    private static readonly HashSet<string> Applicators =
        ["anyOf", "oneOf", "allOf", "$ref", "properties", "items", "additionalProperties"];

    private readonly SchemaDocuments documents;
    private readonly JsonElement instance;
    private readonly List<SchemaViolation> violations = [];

    private ViolationText(SchemaDocuments documents, JsonElement instance)
    {
        this.documents = documents;
        this.instance = instance;
    }

    public static IReadOnlyList<SchemaViolation> From(
        SchemaDocuments documents,
        SchemaSite root,
        EvaluationResults results,
        JsonElement instance)
    {
        var text = new ViolationText(documents, instance);
        text.Walk(results, root);
        return text.violations.Distinct().ToList();
    }

    private void Walk(EvaluationResults result, SchemaSite? site)
    {
        if (result.IsValid)
        {
            return;
        }

        var before = violations.Count;
        foreach (var (keyword, message) in result.Errors ?? [])
        {
            if (!Applicators.Contains(keyword))
            {
                Report(result, site, keyword, message);
            }
        }

        var branches = new List<(int Index, EvaluationResults Result)>();
        foreach (var detail in result.Details ?? [])
        {
            if (SchemaSite.BranchIndex(result, detail) is { } index)
            {
                branches.Add((index, detail));
            }
            else if (!detail.IsValid)
            {
                Walk(detail, site?.Child(documents, result, detail));
            }
        }

        if (branches.Count > 0 && !branches.Exists(b => b.Result.IsValid))
        {
            Branch(result, site, branches);
        }

        if (violations.Count == before)
        {
            // A failure none of the rules here can place (a keyword these schemas do not use yet) is still reported.
            Add(
                result,
                "a value that passes "
                + (result.EvaluationPath.SegmentCount == 0 ? "the schema" : result.EvaluationPath.ToString()));
        }
    }

    // Inside anyOf every branch fails; the errors worth reading are those of the branch the value was meant for, so the
    // pointer lands on the field at fault (/customer/id) and not on the anyOf (/customer).
    private void Branch(
        EvaluationResults result,
        SchemaSite? site,
        List<(int Index, EvaluationResults Result)> branches)
    {
        if (site is { } holder
            && Branches.Meant(documents, holder, Value(result)) is { } meant
            && branches.Find(b => b.Index == meant).Result is { } chosen)
        {
            Walk(chosen, holder.Child(documents, result, chosen));
            return;
        }

        Add(
            result,
            "one of the allowed forms: "
            + (site is { } described ? Branches.Describe(documents, described) : "(see schema)"));
    }

    private void Report(EvaluationResults result, SchemaSite? site, string keyword, string message)
    {
        // One violation per missing property, at the property's own pointer: "/amount/monetary/currency", not
        // "/amount/monetary".
        if (keyword == "required"
            && site?.Keyword("required") is { ValueKind: JsonValueKind.Array } required
            && Value(result) is { ValueKind: JsonValueKind.Object } value)
        {
            var pointer = result.InstanceLocation.ToString();
            foreach (var name in required.EnumerateArray()
                .Select(r => r.GetString()!)
                .Where(n => !value.TryGetProperty(n, out _)))
            {
                violations.Add(new SchemaViolation(
                    PointerText.Child(pointer, name), $"required property '{name}'", Shown.Absent));
            }

            return;
        }

        Add(result, site?.Keyword(keyword) is { } rule ? Expected(keyword, rule) : message);
    }

    private static string Expected(string keyword, JsonElement rule) => keyword switch
    {
        "type" => Branches.TypeName(rule),
        "enum" => "one of " + string.Join(", ", rule.EnumerateArray().Select(Shown.Compact)),
        "const" => Shown.Compact(rule),
        "maxLength" => $"a string of at most {rule.GetRawText()} characters",
        "minLength" => $"a string of at least {rule.GetRawText()} characters",
        "pattern" => $"a string matching {rule.GetString()}",
        _ => $"what \"{keyword}\": {Shown.Compact(rule)} allows",
    };

    private void Add(EvaluationResults result, string expected) =>
        violations.Add(new SchemaViolation(result.InstanceLocation.ToString(), expected, Shown.Value(Value(result))));

    private JsonElement? Value(EvaluationResults result) => result.InstanceLocation.Evaluate(instance);
}

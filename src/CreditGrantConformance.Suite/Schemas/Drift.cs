using System.Text.Json;
using Json.Schema;

namespace CreditGrantConformance.Suite.Schemas;

/// <summary>Finds properties a response has and its schema does not declare: a newer API version's fields, or a mock's invention.</summary>
internal sealed class Drift
{
    private readonly SchemaDocuments documents;
    private readonly JsonElement instance;

    // Per object of the response (by pointer), the properties some subschema evaluated there declares. An object can be
    // reached by more than one subschema (through $ref, or a property and its anyOf branch); what one declares counts.
    private readonly Dictionary<string, (JsonElement Object, HashSet<string> Names)> declared = [];

    private Drift(SchemaDocuments documents, JsonElement instance)
    {
        this.documents = documents;
        this.instance = instance;
    }

    public static IReadOnlyList<string> Collect(SchemaDocuments documents, SchemaSite root, EvaluationResults results, JsonElement instance)
    {
        var drift = new Drift(documents, instance);
        drift.Walk(results, root);
        return drift.declared
            .SelectMany(d => d.Value.Object.EnumerateObject().Where(p => !d.Value.Names.Contains(p.Name)).Select(p => PointerText.Child(d.Key, p.Name)))
            .ToList();
    }

    // Results are walked whether valid or not, so a response that breaks its schema in one place still has its drift found
    // everywhere else. Maps (metadata: additionalProperties) declare no properties and so have no drift.
    private void Walk(EvaluationResults result, SchemaSite? site)
    {
        if (site is not { } here)
        {
            return;
        }

        if (here.Keyword("properties") is { ValueKind: JsonValueKind.Object } properties && properties.EnumerateObject().Any()
            && result.InstanceLocation.Evaluate(instance) is { ValueKind: JsonValueKind.Object } value)
        {
            var pointer = result.InstanceLocation.ToString();
            if (!declared.TryGetValue(pointer, out var entry))
            {
                entry = (value, []);
                declared[pointer] = entry;
            }

            entry.Names.UnionWith(properties.EnumerateObject().Select(p => p.Name));
        }

        var branches = new List<(int Index, EvaluationResults Result)>();
        foreach (var detail in result.Details ?? [])
        {
            if (SchemaSite.BranchIndex(result, detail) is { } index)
            {
                branches.Add((index, detail));
            }
            else
            {
                Walk(detail, here.Child(documents, result, detail));
            }
        }

        // Inside anyOf, follow the branch the value matches (the first that passes), else the one it was meant for; the
        // others declare nothing about it (a customer id string is not a customer object).
        if (Chosen(result, here, branches) is { } chosen)
        {
            Walk(chosen, here.Child(documents, result, chosen));
        }
    }

    private EvaluationResults? Chosen(EvaluationResults result, SchemaSite holder, List<(int Index, EvaluationResults Result)> branches)
    {
        if (branches.Count == 0)
        {
            return null;
        }

        if (branches.Find(b => b.Result.IsValid).Result is { } passing)
        {
            return passing;
        }

        return Branches.Meant(documents, holder, result.InstanceLocation.Evaluate(instance)) is { } meant ? branches.Find(b => b.Index == meant).Result : null;
    }
}

using System.Text.Json;

namespace CreditGrantConformance.Suite.Schemas;

/// <summary>
/// Finds properties a response has and its schema does not declare: a newer API version's fields, or a mock's
/// invention. It reads the schema files beside the response, so it needs no evaluation output and finds drift in valid
/// and invalid responses alike. Maps (metadata: additionalProperties) declare no properties and so have no drift.
/// </summary>
internal sealed class Drift
{
    private readonly SchemaDocuments documents;
    private readonly List<string> unknown = [];

    private Drift(SchemaDocuments documents) => this.documents = documents;

    public static IReadOnlyList<string> Collect(SchemaDocuments documents, SchemaSite root, JsonElement instance)
    {
        var drift = new Drift(documents);
        drift.Walk(root, instance, "");
        return drift.unknown;
    }

    // Only objects and arrays can hold drift; the pointer of a member is written only when it is needed.
    private void Walk(SchemaSite site, JsonElement value, string pointer)
    {
        var sites = Applying(site, value);
        if (value.ValueKind == JsonValueKind.Array)
        {
            foreach (var holder in sites)
            {
                if (holder.Keyword("items") is { ValueKind: JsonValueKind.Object } items)
                {
                    var index = 0;
                    foreach (var element in value.EnumerateArray())
                    {
                        Walk(holder with { Node = items }, element, $"{pointer}/{index++}");
                    }
                }
            }

            return;
        }

        if (!sites.Exists(DeclaresProperties))
        {
            return;
        }

        foreach (var member in value.EnumerateObject())
        {
            var declared = false;
            foreach (var holder in sites)
            {
                if (holder.Keyword("properties") is { ValueKind: JsonValueKind.Object } properties
                    && properties.TryGetProperty(member.Name, out var property))
                {
                    declared = true;
                    if (member.Value.ValueKind is JsonValueKind.Object or JsonValueKind.Array)
                    {
                        Walk(holder with { Node = property }, member.Value, PointerText.Child(pointer, member.Name));
                    }
                }
            }

            if (!declared)
            {
                unknown.Add(PointerText.Child(pointer, member.Name));
            }
        }
    }

    // The subschemas that speak about a value: the site once its $ref is followed and, inside anyOf, the branch the
    // value was meant for (its type, then the constants its properties carry). For a valid value that is the branch it
    // matches; a customer id string is not a customer object, and a deleted customer is not a live one.
    private List<SchemaSite> Applying(SchemaSite site, JsonElement value)
    {
        var sites = new List<SchemaSite>(2);
        var current = documents.Follow(site);
        while (true)
        {
            sites.Add(current);
            if (Branches.Meant(documents, current, value) is not { } meant)
            {
                return sites;
            }

            current = documents.Follow(current with { Node = current.Keyword("anyOf")!.Value[meant] });
        }
    }

    private static bool DeclaresProperties(SchemaSite site)
    {
        if (site.Keyword("properties") is not { ValueKind: JsonValueKind.Object } properties)
        {
            return false;
        }

        using var names = properties.EnumerateObject();
        return names.MoveNext();
    }
}

using System.Text.Json.Nodes;
using CreditGrantConformance.Client;
using CreditGrantConformance.Suite.Assertions;

namespace CreditGrantConformance.Suite.Requests;

/// <summary>
/// Requests that carry every documented limit at once, where fixtures/boundary-inputs.json carries each alone: metadata
/// of 50 keys (the run's tag beside 49 keys of 40 characters, each with a value of 500), a name of 100 characters, and
/// every optional parameter of the operation set. Keys, values and the name mix one-, two- and three-byte characters
/// and characters that need form escaping; lengths are counted in characters, as Stripe documents them, and no
/// character lies outside the Basic Multilingual Plane (where counting code points and UTF-16 units would differ).
/// Form-encoded, a create is about 100 KiB, so a target that refuses large but valid bodies is caught.
/// </summary>
public static class MaximalRequests
{
    public const int MetadataKeys = 50;
    public const int KeyLength = 40;
    public const int ValueLength = 500;
    public const int NameLength = 100;

    /// <summary>
    /// Prices in a maximal scope. The spec gives a create's scope.prices no maximum; 20 is the most the balance
    /// summary's filter takes (GetBillingCreditBalanceSummary, filter[applicability_scope][prices], maxItems 20), so
    /// a grant scoped to them can still be asked about in one filter.
    /// </summary>
    public const int Prices = 20;

    /// <summary>Every optional create parameter set, each at its limit where it has one; a price_type scope.</summary>
    public static FormParams Create(string customerId, string runId)
    {
        var request = GrantRequests.Minimal(customerId, runId);
        request.SetPath("amount[monetary][value]", 99_999_999);
        request["category"] = "promotional";
        request["priority"] = 100;
        request["effective_at"] = Clock.Now + 86_400;
        request["expires_at"] = Clock.Now + (30 * 86_400);
        request["name"] = Text("Maximal grant ✓ é & = ", NameLength);
        request["metadata"] = Metadata(runId);
        return request;
    }

    /// <summary>The maximal create scoped to <see cref="Prices"/> made-up prices instead of a price type.</summary>
    public static FormParams CreateScopedToPrices(string customerId, string runId)
    {
        var request = Create(customerId, runId);
        request.RemovePath("applicability_config[scope][price_type]");
        request.SetPath(
            "applicability_config[scope][prices]",
            Enumerable.Range(1, Prices)
                .Select(i => (object?)new FormParams { ["id"] = $"price_conformance_max_{i:D2}" })
                .ToList());
        return request;
    }

    /// <summary>Every update parameter: an expiry, and 49 keys of metadata beside the run tag (50 in all).</summary>
    public static FormParams Update(string runId)
    {
        var metadata = Metadata(runId);
        metadata.Remove(RunTag.Key);
        return new FormParams { ["expires_at"] = Clock.Now + (60 * 86_400), ["metadata"] = metadata };
    }

    /// <summary>The run's tag and 49 keys of 40 characters, each with a value of 500 characters.</summary>
    public static FormParams Metadata(string runId)
    {
        var metadata = new FormParams { [RunTag.Key] = runId };
        for (var i = 1; i < MetadataKeys; i++)
        {
            metadata[Text($"max_{i:D2}_", KeyLength, "é")] = Text($"{i:D2} ", ValueLength, "✓é&=a ");
        }

        return metadata;
    }

    /// <summary>The value a parameter of <paramref name="sent"/> must come back as, at its pointer.</summary>
    public static JsonNode? Echo(FormParams sent, string path) => FormJson.ValueToJson(sent.GetPath(path));

    private static string Text(string start, int length, string fill = "ü") =>
        string.Concat(start, string.Concat(Enumerable.Repeat(fill, length)))[..length];
}

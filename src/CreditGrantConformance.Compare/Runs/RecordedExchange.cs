using System.Text.Json;
using System.Text.Json.Nodes;
using CreditGrantConformance.Client;

namespace CreditGrantConformance.Compare.Runs;

/// <summary>
/// One request of a check as the archive holds it, its final attempt standing for the retried ones: what was sent (the
/// form pairs of query and body) and what came back.
/// </summary>
public sealed record RecordedExchange(
    int Index,
    string Operation,
    string Method,
    string Path,
    IReadOnlyList<KeyValuePair<string, string>> Form,
    int Status,
    string MediaType,
    string Body,
    int Attempts)
{
    /// <summary>Null when the body is not JSON.</summary>
    public JsonNode? Json { get; } = Parse(Body);

    /// <summary>"#3 POST /v1/billing/credit_grants/credgr_…/void": how reports name the exchange.</summary>
    public string Describe() => $"#{Index} {Method} {Normalise.Text(Path)}";

    /// <summary>
    /// What two runs must agree on for their n-th exchanges of a check to be the same request: method, path (ids made
    /// by the target left out) and the names of the parameters sent. Values are left out (times and ids differ per
    /// run), and so are the order of the parameters and the spelling of arrays (<c>expand[]</c>, <c>expand[0]</c>):
    /// SDKs differ in both.
    /// </summary>
    public string RequestKey() =>
        $"{Method} {Normalise.Text(Path)} "
        + $"({string.Join(", ", StripeForm.Canonical(Form).Select(p => p.Key).Order(StringComparer.Ordinal))})";

    private static JsonNode? Parse(string body)
    {
        try
        {
            return string.IsNullOrWhiteSpace(body) ? null : JsonNode.Parse(body);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

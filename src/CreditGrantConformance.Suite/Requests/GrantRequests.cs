using CreditGrantConformance.Client;

namespace CreditGrantConformance.Suite.Requests;

/// <summary>
/// Valid requests to start from; checks change them in one place (<see cref="FormParams.SetPath"/>,
/// <see cref="FormParams.RemovePath"/>).
/// </summary>
public static class GrantRequests
{
    /// <summary>
    /// The smallest valid create (PostBillingCreditGrants requires amount and applicability_config), for a customer,
    /// tagged with the run.
    /// </summary>
    public static FormParams Minimal(string customerId, string runId) => new()
    {
        ["amount"] = new FormParams
        {
            ["type"] = "monetary",
            ["monetary"] = new FormParams { ["currency"] = "usd", ["value"] = 1000 },
        },
        ["applicability_config"] = new FormParams
        {
            ["scope"] = new FormParams { ["price_type"] = "metered" },
        },
        ["customer"] = customerId,
        ["metadata"] = new FormParams { [RunTag.Key] = runId },
    };

    public static FormParams Customer(string runId) => new()
    {
        ["description"] = "Credit grant conformance run " + runId,
        ["metadata"] = new FormParams { [RunTag.Key] = runId },
    };

    /// <summary>An update that sets one metadata key (or, with an empty value, unsets it), and nothing else.</summary>
    public static FormParams Metadata(string key, string value) => new()
    {
        ["metadata"] = new FormParams { [key] = value },
    };
}

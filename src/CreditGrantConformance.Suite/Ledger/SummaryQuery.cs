using CreditGrantConformance.Client;

namespace CreditGrantConformance.Suite.Ledger;

/// <summary>
/// The queries of GET /v1/billing/credit_balance_summary: a customer and a required filter, by credit grant or by
/// applicability scope (price_type or prices, not both).
/// </summary>
public static class SummaryQuery
{
    public static FormParams ByGrant(string customer, string grant) => new()
    {
        ["customer"] = customer,
        ["filter"] = new FormParams { ["type"] = "credit_grant", ["credit_grant"] = grant },
    };

    public static FormParams ByPriceType(string customer) => new()
    {
        ["customer"] = customer,
        ["filter"] = new FormParams
        {
            ["type"] = "applicability_scope",
            ["applicability_scope"] = new FormParams { ["price_type"] = "metered" },
        },
    };

    public static FormParams ByPrices(string customer, params string[] prices) => new()
    {
        ["customer"] = customer,
        ["filter"] = new FormParams
        {
            ["type"] = "applicability_scope",
            ["applicability_scope"] = new FormParams
            {
                ["prices"] = prices.Select(p => (object?)new FormParams { ["id"] = p }).ToList(),
            },
        },
    };
}

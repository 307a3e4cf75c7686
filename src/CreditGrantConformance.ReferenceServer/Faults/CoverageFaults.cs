using System.Text.Json.Nodes;
using CreditGrantConformance.Operations;
using CreditGrantConformance.ReferenceServer.Infrastructure;
using static CreditGrantConformance.ReferenceServer.Faults.AnswerFaults;
using static CreditGrantConformance.ReferenceServer.Faults.Fault;

namespace CreditGrantConformance.ReferenceServer.Faults;

/// <summary>
/// Narrow faults for what the default run's coverage once left unsent (issue 19), part of
/// <see cref="FaultCatalogue.All"/>: a customer's name and email, expand[] on the retrieves of customers and test
/// clocks, and metadata= on create; each breaks one rule at one seam, so the checks that send it must catch it.
/// </summary>
public static class CoverageFaults
{
    public static IReadOnlyList<Fault> All { get; } =
    [
        new("customer.name_and_email_dropped", ApiOperation.CreateCustomer.Label, "wrong field value",
            "a new customer answers name and email null, whatever was sent",
            Answer(ApiOperation.CreateCustomer, b =>
            {
                b["name"] = null;
                b["email"] = null;
            })),
        new("retrieves.unexpandable_accepted", "customer_retrieve/test_clock_retrieve", "validation not enforced",
            "retrieving a customer or a test clock asking to expand a field that cannot be expanded is answered",
            DisableRuleIn(
                ParamRules.ExpandablePaths,
                ApiOperation.RetrieveCustomer.Label,
                ApiOperation.RetrieveTestClock.Label)),
        new("creates.empty_metadata_null", "create/customer_create", "wrong field value",
            "a new grant or customer without metadata keys answers metadata null instead of an empty object",
            Combine(
                Answer(ApiOperation.Create, NullWhenEmpty),
                Answer(ApiOperation.CreateCustomer, NullWhenEmpty))),
    ];

    private static void NullWhenEmpty(JsonObject body)
    {
        if (body["metadata"] is JsonObject { Count: 0 })
        {
            body["metadata"] = null;
        }
    }
}

using CreditGrantConformance.ReferenceServer.Infrastructure;
using static CreditGrantConformance.ReferenceServer.Infrastructure.ParamReader;

namespace CreditGrantConformance.ReferenceServer.CreditGrants;

/// <summary>
/// GetBillingCreditGrants as sent: limit (default 10), the cursors, the customer filters and the expansions
/// (data.customer, data.test_clock).
/// </summary>
public sealed record ListQuery(
    long Limit,
    string? StartingAfter,
    string? EndingBefore,
    string? Customer,
    string? CustomerAccount,
    bool ExpandCustomer,
    bool ExpandClock = false)
{
    public static readonly ParamShape Shape = ParamShape.Object(
        [("customer", ParamShape.Scalar), ("customer_account", ParamShape.Scalar), .. PageQuery.Params]);

    public static ListQuery Read(FormObject p, IReadOnlyList<string> expand, long defaultLimit) => new(
        Integer(p, "limit", "limit") ?? defaultLimit,
        Text(p, "starting_after", "starting_after"),
        Text(p, "ending_before", "ending_before"),
        Text(p, "customer", "customer"),
        Text(p, "customer_account", "customer_account"),
        expand.Contains("data.customer"),
        expand.Contains("data.test_clock"));
}

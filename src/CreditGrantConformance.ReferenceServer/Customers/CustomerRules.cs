using CreditGrantConformance.Operations;
using CreditGrantConformance.ReferenceServer.Rules;
using CreditGrantConformance.ReferenceServer.TestClocks;

namespace CreditGrantConformance.ReferenceServer.Customers;

/// <summary>The test clock a new customer asks for: its id, the clock if it exists, the customers it holds.</summary>
public sealed record ClockPlacement(string? ClockId, TestClock? Clock, int CustomersOnClock);

/// <summary>
/// Which test clock a customer may be created on: one that exists (Stripe's resource_missing naming the param), and
/// one holding fewer than three customers (docs.stripe.com/billing/testing/test-clocks/api-advanced-usage,
/// limitations: three customers per test clock).
/// </summary>
public static class CustomerRules
{
    public static readonly Rule<ClockPlacement> ClockExists = Rule.NamesAnObject<ClockPlacement>(
        "customer_create.test_clock_exists", "test clock", "test_clock", c => c.ClockId,
        (c, _) => c.Clock is { Deleted: false });

    public static readonly Rule<ClockPlacement> CustomersPerClock = Rule.AtMost<ClockPlacement>(
        "customer_create.test_clock_customers", Provenance.Documented,
        "Stripe's test clocks guide (docs.stripe.com/billing/testing/test-clocks/api-advanced-usage), limitations: "
            + "a test clock holds at most three customers (the error is undocumented)",
        3, c => c.ClockId is null ? null : c.CustomersOnClock + 1,
        (_, limit) => StripeError.Invalid(
            $"A test clock can hold at most {limit} customers; this one already has {limit}.", "test_clock"));

    public static readonly RuleList<ClockPlacement> Placement =
        new(ApiOperation.CreateCustomer.Label, [ClockExists, CustomersPerClock]);
}

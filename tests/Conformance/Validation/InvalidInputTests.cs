using CreditGrantConformance.Client;
using CreditGrantConformance.Operations;
using CreditGrantConformance.Suite.Ledger;
using CreditGrantConformance.Suite.Requests;

namespace CreditGrantConformance.Checks.Validation;

/// <summary>
/// Every entry of fixtures/invalid-inputs.json, over every operation: a valid request of its operation broken in
/// exactly one place, answered with the error of its entry.
/// </summary>
public sealed class InvalidInputTests : ClockTest
{
    // The fixture's test clock is frozen at a time the catalogue's advances are written against.
    private const long ClockTime = 1767225600;

    private readonly Lazy<Task<TestClock>> clock = new(() => NewClockAsync(ClockTime));

    private static IEnumerable<TestCaseData> Cases() => InvalidCases.All();

    [TestCaseSource(nameof(Cases))]
    [Check]
    public async Task A_request_broken_in_one_place_is_rejected_naming_that_place(InvalidCase invalid)
    {
        var (id, valid) = await ValidAsync(invalid.Operation);

        var response = await Api.SendAsync(invalid.Operation, id, invalid.Apply(valid), idempotencyKey: null);

        response.ShouldReject(invalid.Expect);
    }

    // A request of the operation the target accepts, and the id it is on (a grant or the clock of this fixture).
    private async Task<(string? Id, FormParams Valid)> ValidAsync(ApiOperation operation)
    {
        if (operation == ApiOperation.Create)
        {
            return (null, await ValidGrantAsync());
        }

        if (operation == ApiOperation.RetrieveBalanceSummary)
        {
            return (null, SummaryQuery.ByGrant(await CustomerIdAsync(), await SharedGrantIdAsync()));
        }

        if (operation == ApiOperation.ListBalanceTransactions)
        {
            return (null, new FormParams { ["customer"] = await CustomerIdAsync() });
        }

        if (operation == ApiOperation.CreateTestClock)
        {
            return (null, ClockRequests.Create(ClockTime, Settings.RunId));
        }

        if (operation == ApiOperation.CreateCustomer)
        {
            return (null, GrantRequests.Customer(Settings.RunId));
        }

        if (operation == ApiOperation.RetrieveCustomer)
        {
            return (await CustomerIdAsync(), []);
        }

        if (ApiOperation.TestClockOperations.Contains(operation) && operation.TakesId)
        {
            var valid = operation == ApiOperation.AdvanceTestClock
                ? new FormParams { ["frozen_time"] = ClockTime + Hour }
                : [];
            return ((await clock.Value).Id, valid);
        }

        return (operation.TakesId ? await SharedGrantIdAsync() : null, []);
    }
}

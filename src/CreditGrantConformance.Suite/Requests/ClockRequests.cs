using CreditGrantConformance.Client;

namespace CreditGrantConformance.Suite.Requests;

/// <summary>
/// Valid requests of test clocks and their customers. A clock has a name and no metadata: the name carries the run's
/// id, which is how the sweeper knows a clock of a run.
/// </summary>
public static class ClockRequests
{
    public const string NamePrefix = "conformance ";

    public static FormParams Create(long frozenTime, string runId) => new()
    {
        ["frozen_time"] = frozenTime,
        ["name"] = NamePrefix + runId,
    };

    public static FormParams Customer(string testClock, string runId)
    {
        var customer = GrantRequests.Customer(runId);
        customer["test_clock"] = testClock;
        return customer;
    }
}

using CreditGrantConformance.ReferenceServer.Rules;

namespace CreditGrantConformance.ReferenceServer.TestClocks;

/// <summary>
/// PostTestHelpersTestClocksTestClockAdvance: the clock starts advancing to the target, and reads as ready at it from
/// <see cref="ReadyAt"/> on (Stripe advances asynchronously).
/// </summary>
public sealed record AdvanceWrite(RuleBook Rules, long? Target, DateTimeOffset ReadyAt) : ClockWrite
{
    public override TestClock ApplyTo(TestClock current)
    {
        Rules.Check(TestClockRules.Advancing, new AdvanceCheck(current, Target));
        return current with { TargetFrozenTime = Target ?? current.FrozenTime, ReadyAt = ReadyAt };
    }
}

/// <summary>DeleteTestHelpersTestClocksTestClock: the clock is gone for the API; its customers go with it.</summary>
public sealed record DeleteClockWrite : ClockWrite
{
    public override TestClock ApplyTo(TestClock current) => current with { Deleted = true };
}

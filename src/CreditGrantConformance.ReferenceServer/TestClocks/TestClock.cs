namespace CreditGrantConformance.ReferenceServer.TestClocks;

/// <summary>
/// One test clock (test_helpers.test_clock). An advance is kept as its target and the moment it completes: the clock
/// reads as advancing until then and as ready at the target afterwards, without a background job.
/// </summary>
public sealed record TestClock
{
    public required string Id { get; init; }

    /// <summary>Creation order within the store: lists break same-second ties with it.</summary>
    public long Sequence { get; init; }

    public required long Created { get; init; }

    public required long DeletesAfter { get; init; }

    public required long FrozenTime { get; init; }

    public string? Name { get; init; }

    /// <summary>The frozen_time an advance in progress moves to; null when the clock is ready.</summary>
    public long? TargetFrozenTime { get; init; }

    /// <summary>The real moment the advance in progress completes.</summary>
    public DateTimeOffset ReadyAt { get; init; }

    public bool Deleted { get; init; }

    public bool Advancing => TargetFrozenTime is not null;

    /// <summary>The clock as it reads at a real moment: an advance that is due has completed.</summary>
    public TestClock SettledAt(DateTimeOffset now) => TargetFrozenTime is { } target && ReadyAt <= now
        ? this with { FrozenTime = target, TargetFrozenTime = null }
        : this;
}

namespace CreditGrantConformance.Suite.Results;

/// <summary>
/// What the end-of-run cleanup did (grants voided, customers and test clocks deleted); objects it could not clean are
/// listed with the reason.
/// </summary>
public sealed record CleanupReport(
    int GrantsVoided,
    int GrantsAlreadyInactive,
    int CustomersDeleted,
    IReadOnlyList<NotCleaned> NotCleaned)
{
    /// <summary>Test clocks deleted, each with its customers.</summary>
    public int TestClocksDeleted { get; init; }

    /// <summary>Cleanup was not run: the target is the embedded server, which is discarded with the run.</summary>
    public bool Skipped { get; init; }

    /// <summary>How many objects the run left that cleanup would have had to remove (one request each).</summary>
    public int Pending { get; init; }

    public static CleanupReport NotRun(Http.CleanupRegistry registry) =>
        new(0, 0, 0, []) { Skipped = true, Pending = registry.Pending };
}

public sealed record NotCleaned(string Id, string Reason);

using CreditGrantConformance.Suite.Checks;
using CreditGrantConformance.Suite.Configuration;
using CreditGrantConformance.Suite.Http;

namespace CreditGrantConformance.Suite.Execution;

/// <summary>
/// Everything one check works with, handed to it by the check layer: the run's settings, an API whose traffic is filed
/// under this check, the check's scope (exchanges, observations) and the run's cleanup registry. Nothing below the
/// check layer reaches for ambient state; fixtures read the context of the check in progress through
/// <see cref="Current"/>.
/// </summary>
public sealed class CheckContext(
    CheckInfo check,
    ConformanceSettings settings,
    CreditGrantApi api,
    CheckScope scope,
    CleanupRegistry cleanup)
{
    private static readonly AsyncLocal<CheckContext?> Ambient = new();

    public CheckInfo Check { get; } = check;

    public ConformanceSettings Settings { get; } = settings;

    public CreditGrantApi Api { get; } = api;

    public CheckScope Scope { get; } = scope;

    public CleanupRegistry Cleanup { get; } = cleanup;

    /// <summary>The check in progress on this flow of execution; only fixtures (the check layer) read it.</summary>
    public static CheckContext Current => Ambient.Value ?? throw new InvalidOperationException(
        "No check is in progress: a check fixture's helper was called outside a test marked [Check], "
        + "or the run did not start.");

    internal static IDisposable Enter(CheckContext context)
    {
        var previous = Ambient.Value;
        Ambient.Value = context;
        return new Exit(() => Ambient.Value = previous);
    }

    private sealed class Exit(Action action) : IDisposable
    {
        public void Dispose() => action();
    }
}

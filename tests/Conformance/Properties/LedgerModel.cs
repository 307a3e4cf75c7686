using System.Collections.Immutable;
using System.Globalization;

namespace CreditGrantConformance.Checks.Properties;

/// <summary>
/// What a test clock's customer must hold after a sequence of calls: the clock's time and the grants in creation
/// order, kept by index. Times are seconds after the clock's first frozen_time, so a sequence reads the same in every
/// run (<c>{clock}+1h</c>) whatever the clock's real time.
/// </summary>
public sealed record LedgerModel(long Now, ImmutableList<LedgerGrant> Grants)
{
    public const long Hour = 3600;

    public static LedgerModel Empty { get; } = new(0, ImmutableList<LedgerGrant>.Empty);

    public static IReadOnlyList<string> Currencies { get; } = ["usd", "eur"];

    /// <summary>Documented: the values of the grants in effect, unexpired and unvoided, per currency.</summary>
    public long Available(string currency) =>
        Grants.Where(g => g.Spec.Currency == currency && g.AvailableAt(Now)).Sum(g => g.Spec.Value);

    /// <summary>The grants whose credits are available now.</summary>
    public IEnumerable<int> AvailableGrants =>
        Enumerable.Range(0, Grants.Count).Where(i => Grants[i].AvailableAt(Now));

    public static string At(long time) =>
        "{clock}" + (time == 0 ? "" : "+" + (time / Hour > 0 ? (time / Hour).ToString(CultureInfo.InvariantCulture)
            + "h" : "") + (time % Hour > 0 ? (time % Hour / 60).ToString(CultureInfo.InvariantCulture) + "m" : ""));

    // FsCheck prints the model after every step of a counterexample: the clock, the grants' states, the balances.
    public override string ToString() =>
        $"clock at {At(Now)}; "
        + (Grants.Count == 0 ? "no grants" : string.Join(", ", Grants.Select((g, i) => $"grant {i} {g.StateAt(Now)}")))
        + "; available " + string.Join(" ", Currencies.Select(c => $"{c} {Available(c)}"));
}

/// <summary>
/// One grant of the model: its request (times relative to the clock), its current expires_at, and how it ended by a
/// call (expired or voided), if it did.
/// </summary>
public sealed record LedgerGrant(LedgerGrantSpec Spec, long? ExpiresAt, bool ExpiredByCall, bool Voided)
{
    public bool EffectiveAt(long now) => Spec.EffectiveAt <= now;

    public bool ExpiredAt(long now) => ExpiredByCall || (ExpiresAt is { } at && at <= now);

    /// <summary>Neither expired (by time or by a call) nor voided: it may still be updated, expired, voided.</summary>
    public bool LiveAt(long now) => !Voided && !ExpiredAt(now);

    public bool AvailableAt(long now) => EffectiveAt(now) && LiveAt(now);

    public string StateAt(long now) =>
        (Voided ? "voided" : ExpiredAt(now) ? "expired" : EffectiveAt(now) ? "available" : "not yet effective")
        + $" ({Spec.Currency} {Spec.Value}"
        + (ExpiresAt is { } at && !ExpiredByCall ? $", expires_at {LedgerModel.At(at)}" : "") + ")";
}

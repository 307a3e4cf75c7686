using System.Text.Json.Nodes;

namespace CreditGrantConformance.SelfTests.Driver.Ledger;

/// <summary>
/// The scenario an integrator asks of a test clock, told once for every SDK: a clock frozen at
/// <see cref="FrozenTime"/>, a customer on it and a grant of <see cref="Value"/> cents effective an hour later and
/// expiring two hours later; the clock advanced past each time in turn. Each SDK's script runs these steps and reports
/// what it read as a <see cref="LedgerReading"/>.
/// </summary>
internal sealed record LedgerScenario(long FrozenTime)
{
    public const long Value = 1000;

    public const string Currency = "usd";

    /// <summary>How long an advance may stay advancing before the scenario gives up polling for ready.</summary>
    public static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(10);

    public long EffectiveAt => FrozenTime + 3600;

    public long ExpiresAt => FrozenTime + 7200;

    public long PastEffective => EffectiveAt + 60;

    public long PastExpiry => ExpiresAt + 60;

    /// <summary>A clock frozen at the current second, as a user would create one.</summary>
    public static LedgerScenario Now() => new(DateTimeOffset.UtcNow.ToUnixTimeSeconds());

    /// <summary>The scenario's numbers as the Node script takes them (one JSON argument).</summary>
    public JsonObject ToJson(Uri baseUrl, string apiKey) => new()
    {
        ["base_url"] = baseUrl.ToString(),
        ["api_key"] = apiKey,
        ["frozen_time"] = FrozenTime,
        ["effective_at"] = EffectiveAt,
        ["expires_at"] = ExpiresAt,
        ["past_effective"] = PastEffective,
        ["past_expiry"] = PastExpiry,
        ["value"] = Value,
        ["currency"] = Currency,
        ["ready_timeout_ms"] = (long)ReadyTimeout.TotalMilliseconds,
    };
}

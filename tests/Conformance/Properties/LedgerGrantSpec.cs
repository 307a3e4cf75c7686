using CreditGrantConformance.Client;
using CreditGrantConformance.Suite.Requests;
using FsCheck;
using FsCheck.Fluent;

namespace CreditGrantConformance.Checks.Properties;

/// <summary>
/// A grant of a clock's customer as the ledger property creates it: a value in one of two currencies, effective at a
/// whole hour after the clock's time, optionally expiring whole hours later. Times are seconds after the clock's first
/// frozen_time; whole hours never meet an advance, which stops at half past, so no time is ever at a boundary.
/// </summary>
public sealed record LedgerGrantSpec(long Value, string Currency, long EffectiveAt, long? ExpiresAt)
{
    private const long Hour = LedgerModel.Hour;

    /// <summary>Effective one to four hours after the clock's hour; expiring never, or 1 to 4 hours later.</summary>
    public static Gen<LedgerGrantSpec> After(long now) =>
        from value in Gen.Frequency(
            (3, Gen.Elements(100L, 250L, 1000L)),
            (1, Gen.Choose(1, 99_999_999).Select(v => (long)v)))
        from currency in Gen.Frequency((3, Gen.Constant("usd")), (2, Gen.Constant("eur")))
        from effective in Gen.Choose(1, 4).Select(h => NextHour(now) + ((h - 1) * Hour))
        from expires in Gen.Frequency(
            (1, Gen.Constant<long?>(null)),
            (3, Gen.Choose(1, 4).Select(h => (long?)(effective + (h * Hour)))))
        select new LedgerGrantSpec(value, currency, effective, expires);

    /// <summary>The first whole hour after a time.</summary>
    public static long NextHour(long time) => ((time / Hour) + 1) * Hour;

    /// <summary>Smaller requests: no expiry, US dollars, a round value, effective at the first hour.</summary>
    public IEnumerable<LedgerGrantSpec> Shrinks()
    {
        if (ExpiresAt is not null)
        {
            yield return this with { ExpiresAt = null };
        }

        if (Currency != "usd")
        {
            yield return this with { Currency = "usd" };
        }

        if (Value != 1000)
        {
            yield return this with { Value = 1000 };
        }

        if (EffectiveAt > Hour && ExpiresAt is null)
        {
            yield return this with { EffectiveAt = Hour };
        }
    }

    public FormParams ToParams(string customer, string runId, long clockStart)
    {
        var request = GrantRequests.Minimal(customer, runId);
        request.SetPath("amount[monetary][currency]", Currency);
        request.SetPath("amount[monetary][value]", Value);
        request["effective_at"] = clockStart + EffectiveAt;
        request["expires_at"] = clockStart + ExpiresAt;
        return request;
    }

    // The parts a sequence varies; the customer, the metered scope and the run tag are the same in every create.
    public override string ToString() =>
        $"amount[monetary][currency]={Currency} & amount[monetary][value]={Value} & "
        + $"effective_at={LedgerModel.At(EffectiveAt)}"
        + (ExpiresAt is { } at ? $" & expires_at={LedgerModel.At(at)}" : "");
}

using FsCheck;
using FsCheck.Fluent;

namespace CreditGrantConformance.Suite.Properties;

/// <summary>
/// Every generator of the property checks, in one place: valid creates across the parameter space (amounts from 1 to
/// 10^12, currencies, categories, priorities, names to the limit, price type or prices, effective and expiry times,
/// metadata within every limit), updates, and valid requests broken in exactly one place. Times lie far in the future
/// and are absolute, so the same seed sends the same requests.
/// </summary>
public static class GrantGenerators
{
    private const long Future = 4_000_000_000;
    private static readonly string[] Enums = ["amount[type]", "category"];
    private static readonly string[] EnumsWithPriceType =
        ["amount[type]", "category", "applicability_config[scope][price_type]"];

    /// <summary>
    /// Valid creates in US dollars: whether one customer may hold grants in several currencies is undocumented, so
    /// generators that share a customer stay in one currency, and only documented parameters are generated (no price
    /// ids: Stripe accepts only metered prices it knows; no upper-case currency: its handling is undocumented).
    /// </summary>
    public static Gen<GrantSpec> Valid { get; } = InCurrency(Gen.Constant("usd"));

    /// <summary>Valid creates across currencies, for a check that gives each currency a customer of its own.</summary>
    public static Gen<GrantSpec> ValidInAnyCurrency { get; } =
        InCurrency(Gen.Elements("usd", "eur", "gbp", "jpy", "cad"));

    private static Gen<GrantSpec> InCurrency(Gen<string> currencies) =>
        from value in Values
        from currency in currencies
        from category in Gen.Elements<string?>(null, "paid", "promotional")
        from priority in Gen.Frequency(
            (2, Gen.Constant<int?>(null)),
            (4, Gen.Choose(0, 100).Select(p => (int?)p)),
            (1, Gen.Elements<int?>(0, 1, 99, 100)))
        from name in Gen.Frequency((1, Gen.Constant<string?>(null)), (2, Text.UpTo(1, 100).Select(n => (string?)n)))
        from times in Times
        from metadata in Metadata
        select new GrantSpec(value, currency, category, priority, name, null, times.Effective, times.Expires, metadata);

    /// <summary>Updates that keep the grant within the 50-key metadata limit (the run tag is one of the 50).</summary>
    public static Gen<UpdateSpec> Update(GrantSpec grant) =>
        from changes in Gen.Choose(0, 4).SelectMany(n => Gen.ListOf(Change(grant), n))
        from expiry in Gen.Elements<long?>(null, -1, Future + 200_000_000).SelectMany(e => e is > 0
            ? Gen.Choose(0, 1_000_000).Select(d => (long?)(e + d))
            : Gen.Constant(e))
        let distinct = changes.DistinctBy(c => c.Key).ToList()
        where KeysAfter(grant, distinct) < 50
        select new UpdateSpec(distinct, expiry);

    /// <summary>Whether an update keeps a grant within the 50-key limit (the run tag is one of the 50).</summary>
    public static bool Fits(GrantSpec grant, UpdateSpec update) => KeysAfter(grant, update.Metadata) < 50;

    private static int KeysAfter(GrantSpec grant, IEnumerable<KeyValuePair<string, string>> changes)
    {
        var keys = grant.Metadata.Select(m => m.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var (key, value) in changes)
        {
            if (value.Length == 0)
            {
                keys.Remove(key);
            }
            else
            {
                keys.Add(key);
            }
        }

        return keys.Count;
    }

    public static Gen<InvalidSpec> Invalid { get; } =
        from valid in Valid
        from breakage in BreakageOf(valid)
        select new InvalidSpec(valid, breakage);

    public static Arbitrary<GrantSpec> ValidArbitrary { get; } =
        FsCheck.Fluent.Arb.ToArbitrary(ValidInAnyCurrency, Shrinks.Of);

    // The breakage first (to the plainest value just past its limit), then the valid request around it.
    public static Arbitrary<InvalidSpec> InvalidArbitrary { get; } = FsCheck.Fluent.Arb.ToArbitrary(Invalid, i =>
        i.Breakage.Smaller()
            .Select(b => i with { Breakage = b })
            .Concat(Shrinks.Of(i.Valid).Select(v => i with { Valid = v })));

    private static Gen<(long? Effective, long? Expires)> Times =>
        from kind in Gen.Choose(0, 3)
        from effective in Gen.Choose(0, 1_000_000)
        from length in Gen.Choose(1, 10_000_000)
        select kind switch
        {
            0 => ((long?)null, (long?)null),
            1 => (Future + effective, null),
            2 => (null, Future + 100_000_000 + length),
            _ => (Future + effective, Future + effective + length),
        };

    // Amounts from the smallest positive one up to 99,999,999 (eight digits, what Stripe accepts for amounts
    // elsewhere): larger ones are not documented as accepted, so they are a boundary check of their own, not generated
    // here.
    private static Gen<long> Values => Gen.Frequency(
        (3, Gen.Choose(2, 1000).Select(v => (long)v)),
        (2, Gen.Choose(1, 99_999_999).Select(v => (long)v)),
        (1, Gen.Elements(1L, 99_999_999L)));

    // Up to 49 keys of the caller's beside the run tag, so 50 in all at the limit; keys and values to their limits.
    private static Gen<IReadOnlyList<KeyValuePair<string, string>>> Metadata =>
        from count in Gen.Frequency((6, Gen.Choose(0, 5)), (1, Gen.Choose(40, 48)), (1, Gen.Constant(49)))
        from keys in Gen.ListOf(Text.UpTo(1, 40, brackets: false), count)
        from values in Gen.ListOf(Gen.Frequency((8, Text.Of(1, 30)), (1, Text.UpTo(480, 500))), count)
        select (IReadOnlyList<KeyValuePair<string, string>>)keys.Zip(values, KeyValuePair.Create)
            .Where(p => p.Key != Requests.RunTag.Key)
            .DistinctBy(p => p.Key)
            .ToList();

    private static Gen<KeyValuePair<string, string>> Change(GrantSpec grant) =>
        from existing in grant.Metadata.Count > 0
            ? Gen.Elements(grant.Metadata.Select(m => m.Key).ToArray())
            : Text.Of(1, 40, brackets: false)
        from key in Gen.Frequency((1, Gen.Constant(existing)), (1, Text.UpTo(1, 40, brackets: false)))
        from value in Gen.Frequency((1, Gen.Constant("")), (3, Text.Of(1, 50)), (1, Text.UpTo(480, 500)))
        where key != Requests.RunTag.Key
        select KeyValuePair.Create(key, value);

    private static Gen<Breakage> BreakageOf(GrantSpec valid) => Gen.OneOf(
        Gen.Elements(
                "amount",
                "amount[type]",
                "amount[monetary][currency]",
                "amount[monetary][value]",
                "applicability_config")
            .Select(Breakages.Missing),
        from path in Gen.Elements("amount[monetary][value]", "priority", "effective_at", "expires_at")
        from word in Text.Word(1, 8)
        select Breakages.NotAnInteger(path, word),
        Gen.OneOf(
            Gen.Frequency((1, Gen.Choose(-1_000_000, -1)), (2, Gen.Constant(0))).Select(Breakages.NotPositive),
            Gen.Frequency((1, Gen.Choose(102, 10_000)), (1, Gen.Choose(-10_000, -2)), (2, Gen.Elements(-1, 101)))
                .Select(Breakages.PriorityOutOfRange),
            Gen.Frequency((1, Text.Exactly(101)), (1, Gen.Choose(102, 300).SelectMany(n => Text.Exactly(n))))
                .Select(Breakages.NameTooLong)),
        from path in Gen.Elements(valid.Prices is null ? EnumsWithPriceType : Enums)
        from word in Text.Word(3, 10).Where(w => w is not ("monetary" or "paid" or "promotional" or "metered"))
        select Breakages.NotInEnum(path, word),
        from word in Text.Word(3, 10)
        from nested in Gen.Elements(false, true)
        select Breakages.UnknownParameter(nested ? $"amount[monetary][x_{word}]" : "x_" + word),
        Gen.OneOf(
            // Over-limit text holds no character outside the Basic Multilingual Plane: it is over the limit however one
            // counts.
            Gen.Frequency(
                    (2, Text.Exactly(41, brackets: false)),
                    (1, Gen.Choose(42, 60).SelectMany(n => Text.Exactly(n, brackets: false))))
                .Select(Breakages.MetadataKeyTooLong),
            Gen.Frequency((2, Text.Exactly(501)), (1, Gen.Choose(502, 700).SelectMany(n => Text.Exactly(n))))
                .Select(Breakages.MetadataValueTooLong),
            // With the run tag, 50 keys of the caller's make 51: one over the limit.
            Gen.Frequency((2, Gen.Constant(50)), (1, Gen.Choose(51, 55))).Select(Breakages.TooManyMetadataKeys)));
}

namespace CreditGrantConformance.Suite.Assertions;

/// <summary>
/// Expectations on what Stripe may change without a new API version (https://docs.stripe.com/upgrades,
/// "Backward-compatible changes": the length or format of object ids, prefixes included, up to 255 characters; error
/// messages and other human-readable strings; the order of properties; new properties). Today's form is observed, never
/// judged: a target that differs in it gets an observation. Only what the page promises is judged: an id is a
/// non-empty string of at most 255 characters.
/// </summary>
public static class Opaque
{
    private const int MaxIdLength = 255;

    /// <summary>An object id: a non-empty string of at most 255 characters (documented).</summary>
    public static Expectation IdLength(string pointer) => Expect.FieldIs(
        pointer,
        $"a non-empty id of at most {MaxIdLength} characters",
        id => id?.ToString() is { Length: > 0 and <= MaxIdLength });

    /// <summary>An object id with today's prefix, as in the API reference's examples: opaque, observed.</summary>
    public static Expectation IdPrefix(string pointer, string prefix) => Expect.FieldIs(
        pointer,
        $"a string starting with {prefix}, as in the API reference's examples (opaque: observed)",
        id => id?.ToString().StartsWith(prefix, StringComparison.Ordinal) == true)
        .As(Checks.Provenance.Assumed);

    /// <summary>Request-Id in today's form, req_…: opaque, observed.</summary>
    public static Expectation RequestId { get; } = Expect.Header(
        "Request-Id",
        v => v.StartsWith("req_", StringComparison.Ordinal),
        "starting with req_, as in the API reference's examples (opaque: observed)")
        .As(Checks.Provenance.Assumed);
}

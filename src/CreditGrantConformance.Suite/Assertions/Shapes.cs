using CreditGrantConformance.Operations;

namespace CreditGrantConformance.Suite.Assertions;

/// <summary>
/// What a successful answer of each kind looks like beyond its schema (which every response passes anyway).
/// </summary>
public static class Shapes
{
    /// <summary>The credit grant list's url: the spec's pattern is ^/v1/billing/credit_grants.</summary>
    public static Expectation ListUrl { get; } = ListUrlOf(ApiOperation.List);

    /// <summary>
    /// A list's url is its path, judged as a prefix: the spec gives it as a pattern starting with the list's path.
    /// </summary>
    public static Expectation ListUrlOf(ApiOperation list) => Expect.FieldIs(
        "/url",
        $"a path starting with {list.PathTemplate}",
        u => u?.ToString().StartsWith(list.PathTemplate, StringComparison.Ordinal) == true);

    /// <summary>A successful answer of one object: 200, that object, labelled application/json.</summary>
    public static Expectation[] Of(string objectName) =>
    [
        Expect.Status(200),
        Expect.Field("/object", objectName),
        Expect.Header(
            "Content-Type",
            v => v.StartsWith("application/json", StringComparison.OrdinalIgnoreCase),
            "application/json"),
    ];

    public static Expectation[] CreditGrant { get; } = Of("billing.credit_grant");

    public static Expectation[] List { get; } = ListOf(ApiOperation.List);

    /// <summary>A successful answer of a list: a list object whose url is that list's path.</summary>
    public static Expectation[] ListOf(ApiOperation list) => [.. Of("list"), ListUrlOf(list)];
}

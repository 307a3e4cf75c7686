namespace CreditGrantConformance.Suite.Assertions;

/// <summary>What a successful answer of each kind looks like beyond its schema (which every response passes anyway).</summary>
public static class Shapes
{
    public static Expectation[] CreditGrant { get; } =
    [
        Expect.Status(200),
        Expect.Field("/object", "billing.credit_grant"),
        Expect.Header("Content-Type", v => v.StartsWith("application/json", StringComparison.OrdinalIgnoreCase), "application/json"),
    ];

    public static Expectation[] List { get; } =
    [
        Expect.Status(200),
        Expect.Field("/object", "list"),
        Expect.FieldIs("/url", "a path starting with /v1/billing/credit_grants", u => u?.ToString().StartsWith("/v1/billing/credit_grants", StringComparison.Ordinal) == true),
        Expect.Header("Content-Type", v => v.StartsWith("application/json", StringComparison.OrdinalIgnoreCase), "application/json"),
    ];
}

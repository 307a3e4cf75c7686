namespace CreditGrantConformance.Suite.Coverage;

/// <summary>
/// What the ledger counts, per operation. The first three are held at 100% for the default run (a self-test fails
/// naming what was never exercised); the others are reported.
/// </summary>
public enum CoverageKind
{
    Parameter,
    RequestEnumValue,
    Error,
    Limit,
    Status,
    NullableField,
    ResponseEnumValue,
    Expansion,
}

public static class CoverageKinds
{
    public static IReadOnlyList<CoverageKind> Held { get; } =
        [CoverageKind.Parameter, CoverageKind.RequestEnumValue, CoverageKind.Error];

    /// <summary>The kind's name in <c>conformance-coverage.json</c> and the out-of-reach list.</summary>
    public static string Name(this CoverageKind kind) => kind switch
    {
        CoverageKind.Parameter => "parameters",
        CoverageKind.RequestEnumValue => "request_enum_values",
        CoverageKind.Error => "errors",
        CoverageKind.Limit => "limits_at_edge",
        CoverageKind.Status => "statuses",
        CoverageKind.NullableField => "nullable_fields_null_and_set",
        CoverageKind.ResponseEnumValue => "response_enum_values",
        _ => "expansions",
    };

    /// <summary>How the text summary and Allure name the kind.</summary>
    public static string Label(this CoverageKind kind) => kind.Name().Replace('_', ' ');

    public static CoverageKind Parse(string name)
    {
        foreach (var kind in Enum.GetValues<CoverageKind>().Where(k => k.Name() == name))
        {
            return kind;
        }

        throw new FormatException(
            $"'{name}' is no kind of the coverage ledger; known: "
            + string.Join(", ", Enum.GetValues<CoverageKind>().Select(k => k.Name())) + ".");
    }
}

namespace CreditGrantConformance.Suite.Configuration;

/// <summary>
/// The one place the suite finds what it ships: schemas and fixtures (invalid and boundary inputs, snapshots, known-gap
/// files, rules, wire vectors) are copied beside the suite's assembly by every build, so a test output folder and an
/// installed tool find them the same way, with or without the repository.
/// </summary>
public static class SuiteContent
{
    public static string Root => AppContext.BaseDirectory;

    public static string Schemas => Path.Combine(Root, "schemas");

    public static string Snapshots => Fixture("snapshots");

    /// <summary>The OpenAPI document of the endpoints (<c>openapi/</c>), what the coverage ledger counts.</summary>
    public static string OpenApi => Path.Combine(Root, "openapi");

    public static string Fixture(string name) => Path.Combine(Root, "fixtures", name);
}

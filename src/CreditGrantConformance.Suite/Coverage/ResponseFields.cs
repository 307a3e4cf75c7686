namespace CreditGrantConformance.Suite.Coverage;

/// <summary>
/// What an operation's successful answer may hold, from its JSON Schema (<c>schemas/</c>, written from the OpenAPI
/// spec): the fields that may be null, the enum fields with their values, and the fields an <c>expand</c> may turn into
/// objects. Paths as in <see cref="RequestParameter"/>; a list's objects are under <c>data[]</c>.
/// </summary>
public sealed record ResponseFields(
    IReadOnlyList<string> Nullable,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Enums,
    IReadOnlyList<string> Expandable)
{
    public static ResponseFields None { get; } = new([], new Dictionary<string, IReadOnlyList<string>>(), []);

    /// <summary>The <c>expand[]</c> value of a field: <c>data[].customer</c> is <c>data.customer</c>.</summary>
    public static string ExpandValue(string path) => path.Replace("[]", "", StringComparison.Ordinal);
}

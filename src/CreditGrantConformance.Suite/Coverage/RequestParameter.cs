namespace CreditGrantConformance.Suite.Coverage;

/// <summary>
/// One request parameter of an operation at its place in the OpenAPI document, bracketed nesting written as a path
/// (<c>amount.monetary.value</c>, <c>applicability_config.scope.prices[].id</c>); a free-form map such as
/// <c>metadata</c> is one parameter whatever its keys. <paramref name="EnumValues"/> are the values the document lists
/// (an alternative that is only the empty string, as <c>metadata</c> and an update's <c>expires_at</c> take to clear,
/// counts as one).
/// </summary>
public sealed record RequestParameter(
    string Path,
    bool IsMap,
    IReadOnlyList<string> EnumValues,
    IReadOnlyList<Limit> Limits);

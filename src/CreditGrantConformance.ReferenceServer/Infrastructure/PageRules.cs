using CreditGrantConformance.ReferenceServer.Rules;

namespace CreditGrantConformance.ReferenceServer.Infrastructure;

/// <summary>A page query and whether a cursor names an object of the list.</summary>
public sealed record PageCheck(PageQuery Query, Func<string, bool> Exists);

/// <summary>
/// What every Stripe list requires of its pagination (API reference, pagination: limit between 1 and 100, cursors that
/// exclude each other), declared once per list under the list's operation label so a fault can break one list's rule.
/// </summary>
public static class PageRules
{
    public static RuleList<PageCheck> For(string operation, string noun) => new(operation,
    [
        Rule.AtLeast<PageCheck>(
            operation + ".limit_minimum", Provenance.Documented,
            "API reference, pagination: limit can range between 1 and 100", 1, c => c.Query.Limit,
            (limit, minimum) => StripeError.InvalidInteger(
                "limit", $"Invalid limit: {limit}. limit must be at least {minimum}.")),
        Rule.AtMost<PageCheck>(
            operation + ".limit_maximum", Provenance.Documented,
            "API reference, pagination: limit can range between 1 and 100", 100, c => c.Query.Limit,
            (limit, maximum) => StripeError.InvalidInteger(
                "limit", $"Invalid limit: {limit}. limit must be at most {maximum}.")),
        Rule.Refuse<PageCheck>(
            operation + ".cursors_exclusive", Provenance.Documented,
            "API reference, pagination: starting_after and ending_before are mutually exclusive",
            c => c.Query is { StartingAfter: not null, EndingBefore: not null },
            _ => StripeError.Exclusive("ending_before", "starting_after", "ending_before")),
        Rule.Refuse<PageCheck>(
            operation + ".cursor_exists", Provenance.Assumed,
            "a cursor naming no object: Stripe's generic resource_missing for ids in params "
                + "(ASSUMPTIONS.md list.cursor_unknown)",
            c => Unknown(c) is not null,
            c => StripeError.NoSuch(noun, Unknown(c)!.Value.Id, Unknown(c)!.Value.Param, 400)),
    ]);

    private static (string Id, string Param)? Unknown(PageCheck c) => c.Query switch
    {
        { StartingAfter: { } id } when !c.Exists(id) => (id, "starting_after"),
        { EndingBefore: { } id } when !c.Exists(id) => (id, "ending_before"),
        _ => null,
    };
}

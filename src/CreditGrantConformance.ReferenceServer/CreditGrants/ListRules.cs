using CreditGrantConformance.ReferenceServer.Rules;

namespace CreditGrantConformance.ReferenceServer.CreditGrants;

/// <summary>A list query and the grants its cursors may name.</summary>
public sealed record ListCheck(ListQuery Query, CreditGrantStore Grants);

/// <summary>
/// What GetBillingCreditGrants requires of its query: the API reference's limit range, cursors that exclude each
/// other and exist.
/// </summary>
public static class ListRules
{
    private const string Reference =
        "API reference, list credit grants: limit can range between 1 and 100 (the error is undocumented)";

    public static readonly Rule<ListCheck> LimitMinimum = Rule.AtLeast<ListCheck>(
        "list.limit_minimum", Provenance.Documented, Reference, 1, c => c.Query.Limit,
        (limit, minimum) => StripeError.InvalidInteger(
            "limit", $"Invalid limit: {limit}. limit must be at least {minimum}."));

    public static readonly Rule<ListCheck> LimitMaximum = Rule.AtMost<ListCheck>(
        "list.limit_maximum", Provenance.Documented, Reference, 100, c => c.Query.Limit,
        (limit, maximum) => StripeError.InvalidInteger(
            "limit", $"Invalid limit: {limit}. limit must be at most {maximum}."));

    /// <summary>Documented default: "limit … defaults to 10".</summary>
    public static readonly Rule LimitDefault =
        new("list.limit_default", Provenance.Documented, Reference + "; it defaults to 10") { Limit = 10 };

    public static readonly Rule<ListCheck> CursorsExclusive = Rule.Refuse<ListCheck>(
        "list.cursors_exclusive", Provenance.Documented,
        "API reference, pagination: starting_after and ending_before are mutually exclusive",
        c => c.Query is { StartingAfter: not null, EndingBefore: not null },
        _ => StripeError.Exclusive("ending_before", "starting_after", "ending_before"));

    public static readonly Rule<ListCheck> CursorExists = Rule.Refuse<ListCheck>(
        "list.cursor_exists", Provenance.Assumed,
        "a cursor naming no grant: Stripe's generic resource_missing for ids in params "
            + "(ASSUMPTIONS.md list.cursor_unknown)",
        c => Unknown(c) is not null,
        c => StripeError.NoSuch("credit grant", Unknown(c)!.Value.Id, Unknown(c)!.Value.Param, 400));

    public static readonly RuleList<ListCheck> Query =
        new("list", [LimitMinimum, LimitMaximum, CursorsExclusive, CursorExists]);

    private static (string Id, string Param)? Unknown(ListCheck c) => c.Query switch
    {
        { StartingAfter: { } id } when c.Grants.Find(id) is null => (id, "starting_after"),
        { EndingBefore: { } id } when c.Grants.Find(id) is null => (id, "ending_before"),
        _ => null,
    };
}

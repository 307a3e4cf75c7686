using CreditGrantConformance.ReferenceServer.Infrastructure;
using CreditGrantConformance.ReferenceServer.Rules;

namespace CreditGrantConformance.ReferenceServer.CreditGrants;

/// <summary>
/// What PostBillingCreditGrants requires of the grant it would create: a positive value, a priority from 0 to 100, a
/// name of at most 100 characters, an expiry after the start, and metadata within its limits
/// (<see cref="MetadataRules"/>). They are checked as the store admits the grant.
/// </summary>
public static class GrantValueRules
{
    private const string Reference = "API reference, create a credit grant";

    public static readonly Rule<CreditGrant> ValuePositive = Rule.AtLeast<CreditGrant>(
        "create.value_positive", Provenance.Documented,
        Reference + ": amount[monetary][value] is a positive integer ('Invalid positive integer' observed)",
        1, g => g.Monetary?.Value,
        (_, limit) => StripeError.InvalidInteger(
            "amount[monetary][value]",
            $"Invalid positive integer: amount[monetary][value] must be greater than {limit - 1}."));

    public static readonly Rule<CreditGrant> PriorityMinimum = Rule.AtLeast<CreditGrant>(
        "create.priority_minimum", Provenance.Documented,
        Reference + ": the highest priority is 0", 0, g => g.Priority,
        (_, limit) => StripeError.InvalidInteger("priority", $"This value must be greater than or equal to {limit}."));

    public static readonly Rule<CreditGrant> PriorityMaximum = Rule.AtMost<CreditGrant>(
        "create.priority_maximum", Provenance.Documented,
        Reference + ": the lowest priority is 100", 100, g => g.Priority,
        (_, limit) => StripeError.InvalidInteger("priority", $"This value must be less than or equal to {limit}."));

    public static readonly Rule<CreditGrant> NameLength = Rule.MaxLength<CreditGrant>(
        "create.name_length", Provenance.Spec,
        "OpenAPI PostBillingCreditGrants: name has maxLength 100 ('The maximum length is 100 characters')", 100,
        g => g.Name is null ? [] : [("name", g.Name)],
        b => StripeError.Invalid(
            $"Invalid string: name must be at most {b.Limit} characters; it has {b.Length}.", "name"));

    public static readonly Rule<CreditGrant> ExpiryAfterStart = Rule.Refuse<CreditGrant>(
        "create.expiry_after_effective", Provenance.Assumed,
        "a grant that expires before it starts is meaningless (ASSUMPTIONS.md create.expiry_order)",
        g => g.ExpiresAt <= g.EffectiveAt,
        _ => StripeError.Invalid(
            "expires_at must be after effective_at (or after now when effective_at is not given).", "expires_at"));

    /// <summary>Documented default: "If not specified, it will be set to the default value of 50".</summary>
    public static readonly Rule PriorityDefault =
        new("create.priority_default", Provenance.Documented, Reference + ": priority defaults to 50") { Limit = 50 };

    public static readonly RuleList<CreditGrant> All =
        new("create", [ValuePositive, PriorityMinimum, PriorityMaximum, NameLength, ExpiryAfterStart]);
}

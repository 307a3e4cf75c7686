using CreditGrantConformance.Operations;
using CreditGrantConformance.ReferenceServer.CreditGrants;
using CreditGrantConformance.ReferenceServer.Customers;
using CreditGrantConformance.ReferenceServer.Rules;

namespace CreditGrantConformance.ReferenceServer.Ledger;

/// <summary>Whose ledger a request reads, the grant it names, and what they look up.</summary>
public sealed record LedgerOwner(
    string? Customer,
    string? CustomerAccount,
    string? CreditGrant,
    string GrantParam,
    CustomerStore Customers,
    CreditGrantStore Grants);

/// <summary>
/// What the summary and the transaction list require of whose ledger they read: a customer or a customer account
/// (API reference: customer was required before the preview customer_account joined it), a customer that exists and a
/// grant that exists (Stripe's resource_missing naming the param).
/// </summary>
public static class LedgerRules
{
    private const string ResourceMissing =
        "an id in a parameter that names no object answers 400 resource_missing naming the param (observed)";

    public static readonly Rule<LedgerOwner> CustomerRequired = Rule.Required<LedgerOwner>(
        "ledger.customer_required", Provenance.Documented,
        "API reference, credit balance summary and transactions: the customer (or customer_account) whose credits "
            + "are read is required",
        "customer", o => o.Customer is null && o.CustomerAccount is null);

    public static readonly Rule<LedgerOwner> CustomerExists = Rule.NamesAnObject<LedgerOwner>(
        "ledger.customer_exists", "customer", "customer", o => o.Customer, (o, id) => o.Customers.Find(id) is not null);

    public static readonly Rule<LedgerOwner> GrantExists = Rule.Refuse<LedgerOwner>(
        "ledger.credit_grant_exists", Provenance.Observed, ResourceMissing,
        o => o.CreditGrant is { } id && o.Grants.Find(id) is null,
        o => StripeError.NoSuch("credit grant", o.CreditGrant!, o.GrantParam, 400));

    public static readonly RuleList<LedgerOwner> SummaryOwner =
        new(ApiOperation.RetrieveBalanceSummary.Label, [CustomerRequired, CustomerExists, GrantExists]);

    public static readonly RuleList<LedgerOwner> TransactionsOwner =
        new(ApiOperation.ListBalanceTransactions.Label, [CustomerRequired, CustomerExists, GrantExists]);
}

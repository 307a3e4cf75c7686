using CreditGrantConformance.ReferenceServer.Customers;
using CreditGrantConformance.ReferenceServer.Infrastructure;
using CreditGrantConformance.ReferenceServer.Rules;

namespace CreditGrantConformance.ReferenceServer.CreditGrants;

/// <summary>
/// PostBillingCreditGrants: reads the request, checks what it requires (<see cref="CreateRules"/>) and builds the grant
/// with Stripe's defaults (category paid, effective_at now, priority 50), "now" being the customer's time: its test
/// clock's frozen_time if it has one; <see cref="Admit"/> checks the grant's values.
/// </summary>
public sealed class CreateGrantParser(
    CustomerStore customers, ICustomerTime times, RuleBook rules, OpaqueStrings opaque)
{
    public static readonly ParamShape Shape = ParamShape.Object(
        ("amount", ParamShape.Object(
            ("type", ParamShape.Scalar),
            ("monetary", ParamShape.Object(("currency", ParamShape.Scalar), ("value", ParamShape.Scalar))))),
        ("applicability_config", ParamShape.Object(("scope", ParamShape.Object(
            ("price_type", ParamShape.Scalar),
            ("prices", ParamShape.ArrayOf(ParamShape.Object(("id", ParamShape.Scalar)))))))),
        ("category", ParamShape.Scalar),
        ("customer", ParamShape.Scalar),
        ("customer_account", ParamShape.Scalar),
        ("effective_at", ParamShape.Scalar),
        ("expires_at", ParamShape.Scalar),
        ("metadata", ParamShape.Map),
        ("name", ParamShape.Scalar),
        ("priority", ParamShape.Scalar),
        ParamShape.Expand);

    /// <summary>Reads a create sent under <paramref name="apiVersion"/> (what it may omit depends on it).</summary>
    public CreditGrant Parse(FormObject p, string apiVersion)
    {
        var request = CreateRequest.Read(p);
        rules.Check(CreateRules.Request, new CreateCheck(request, customers, apiVersion));
        var now = times.Now(request.Customer);
        return new CreditGrant
        {
            Id = opaque.Id(CreditGrantStore.NewId()),
            Monetary = request is { Currency: { } currency, Value: { } value }
                ? new MonetaryAmount(Currencies.Canonical(currency) ?? currency, value)
                : null,
            PriceType = request.PriceType,
            Prices = request.Prices?.OfType<string>().ToList(),
            Category = string.IsNullOrEmpty(request.Category) ? "paid" : request.Category,
            Customer = Customer(request.Customer, now),
            CustomerAccount = request.CustomerAccount,
            Created = now,
            EffectiveAt = request.EffectiveAt ?? now,
            ExpiresAt = request.ExpiresAt,
            Metadata = request.Metadata?.ApplyTo(MetadataPatch.Empty) ?? MetadataPatch.Empty,
            Name = request.Name,
            Priority = request.Priority ?? rules.Default(GrantValueRules.PriorityDefault, "create"),
            Updated = now,
            TestClock = times.ClockOf(request.Customer),
        };
    }

    /// <summary>Refuses a grant whose values break a rule; the store calls it as it takes the grant.</summary>
    public void Admit(CreditGrant grant)
    {
        rules.Check(GrantValueRules.All, grant);
        rules.Check(MetadataRules.All, grant.Metadata, "create");
    }

    // The stored customer's own id string, so grants of one customer share it. With no customer (only the lenient
    // variant accepts that) the grant gets a customer of its own: the schema requires one.
    private string Customer(string? id, long now) =>
        id is null ? customers.Anonymous(now).Id : customers.Find(id)?.Id ?? id;
}

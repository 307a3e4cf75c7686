using CreditGrantConformance.ReferenceServer.Faults;
using CreditGrantConformance.ReferenceServer.Infrastructure;
using static CreditGrantConformance.ReferenceServer.Infrastructure.ParamReader;

namespace CreditGrantConformance.ReferenceServer.CreditGrants;

/// <summary>GetBillingCreditGrants (A.5, B.6): newest first, limit 1–100 (default 10), cursors, customer filters.</summary>
public sealed record ListQuery(int Limit, string? StartingAfter, string? EndingBefore, string? Customer, string? CustomerAccount, bool ExpandCustomer)
{
    public static readonly ParamShape Shape = ParamShape.Object(
        ("customer", ParamShape.Scalar), ("customer_account", ParamShape.Scalar), ("ending_before", ParamShape.Scalar),
        ("starting_after", ParamShape.Scalar), ("limit", ParamShape.Scalar), ("expand", ParamShape.ArrayOf(ParamShape.Scalar)));

    public static ListQuery Parse(FormObject p, FaultSwitch faults)
    {
        ParamShape.RejectUnknown(Shape, p, "");
        var limit = Integer(p, "limit", "limit") ?? 10;
        if (faults.Has(FaultNames.ListLimitBoundsUnchecked))
        {
            limit = Math.Clamp(limit, 1, 100);
        }

        if (limit is < 1 or > 100)
        {
            throw new ApiException(StripeError.InvalidInteger("limit", $"Invalid limit: {limit}. limit must be between 1 and 100."));
        }

        var after = Text(p, "starting_after", "starting_after");
        var before = Text(p, "ending_before", "ending_before");
        if (after is not null && before is not null)
        {
            throw new ApiException(StripeError.Exclusive("ending_before", "starting_after", "ending_before"));
        }

        var expand = Expand(p, "data.customer");
        return new ListQuery((int)limit, after, before, Text(p, "customer", "customer"), Text(p, "customer_account", "customer_account"), expand.Count > 0);
    }

    public (IReadOnlyList<CreditGrant> Page, bool HasMore) Apply(IReadOnlyList<CreditGrant> all, FaultSwitch faults)
    {
        var ordered = all
            .Where(g => faults.Has(FaultNames.ListCustomerFilterIgnored) || Customer is null || g.Customer == Customer)
            .Where(g => CustomerAccount is null || g.CustomerAccount == CustomerAccount)
            .OrderByDescending(g => g.Created).ThenByDescending(g => g.Sequence)
            .ToList();
        if (faults.Has(FaultNames.ListOldestFirst))
        {
            ordered.Reverse();
        }

        var limit = faults.Has(FaultNames.ListLimitIgnored) ? 100 : Limit;
        var (page, hasMore) = Cut(ordered, limit, all, faults);
        return (page, hasMore && !faults.Has(FaultNames.ListHasMoreAlwaysFalse));
    }

    private (List<CreditGrant> Page, bool HasMore) Cut(List<CreditGrant> ordered, int limit, IReadOnlyList<CreditGrant> all, FaultSwitch faults)
    {
        if ((StartingAfter ?? (faults.Has(FaultNames.ListEndingBeforeForward) ? EndingBefore : null)) is { } after)
        {
            var index = IndexOf(ordered, after, "starting_after", all);
            var rest = ordered.Skip(index + 1).ToList();
            return (rest.Take(limit).ToList(), rest.Count > limit);
        }

        if (EndingBefore is not null && !faults.Has(FaultNames.ListEndingBeforeForward))
        {
            var index = IndexOf(ordered, EndingBefore, "ending_before", all);
            var start = Math.Max(0, index - limit);
            return (ordered.Skip(start).Take(index - start).ToList(), start > 0);
        }

        return (ordered.Take(limit).ToList(), ordered.Count > limit);
    }

    private static int IndexOf(List<CreditGrant> ordered, string id, string param, IReadOnlyList<CreditGrant> all)
    {
        var index = ordered.FindIndex(g => g.Id == id);
        return index >= 0 || all.Any(g => g.Id == id)
            ? index
            : throw new ApiException(StripeError.NoSuch("credit grant", id, param, 400));
    }
}

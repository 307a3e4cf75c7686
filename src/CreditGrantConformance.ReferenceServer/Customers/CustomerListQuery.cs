using CreditGrantConformance.ReferenceServer.Infrastructure;
using static CreditGrantConformance.ReferenceServer.Infrastructure.ParamReader;

namespace CreditGrantConformance.ReferenceServer.Customers;

/// <summary>
/// GetCustomers as sent: the page, and its filters (Stripe's OpenAPI spec): <c>created</c> as an exact time or a
/// range (<c>gt</c>, <c>gte</c>, <c>lt</c>, <c>lte</c>), <c>email</c>, and <c>test_clock</c>.
/// </summary>
public sealed record CustomerListQuery(PageQuery Page, CreatedRange Created, string? Email, string? TestClock)
{
    public static readonly ParamShape Shape = ParamShape.Object(
    [
        ("created", ParamShape.Object(
            ("gt", ParamShape.Scalar),
            ("gte", ParamShape.Scalar),
            ("lt", ParamShape.Scalar),
            ("lte", ParamShape.Scalar))),
        ("email", ParamShape.Scalar),
        ("test_clock", ParamShape.Scalar),
        .. PageQuery.Params,
    ]);

    public static CustomerListQuery Read(FormObject p) => new(
        PageQuery.Read(p),
        CreatedRange.Read(p),
        Text(p, "email", "email"),
        Text(p, "test_clock", "test_clock"));
}

/// <summary>The created filter: every bound given, an exact time being both gte and lte.</summary>
public sealed record CreatedRange(long? Gt, long? Gte, long? Lt, long? Lte)
{
    public static readonly CreatedRange Any = new(null, null, null, null);

    public bool Holds(long created) =>
        (Gt is null || created > Gt) && (Gte is null || created >= Gte)
        && (Lt is null || created < Lt) && (Lte is null || created <= Lte);

    public static CreatedRange Read(FormObject p)
    {
        if (p["created"] is FormObject range)
        {
            return new(
                Integer(range, "gt", "created[gt]"),
                Integer(range, "gte", "created[gte]"),
                Integer(range, "lt", "created[lt]"),
                Integer(range, "lte", "created[lte]"));
        }

        return Integer(p, "created", "created") is { } exact ? new(null, exact, null, exact) : Any;
    }
}

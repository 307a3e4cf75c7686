using System.Text.Json.Nodes;
using CreditGrantConformance.Operations;
using CreditGrantConformance.ReferenceServer.Customers;
using CreditGrantConformance.ReferenceServer.Faults.Seams;
using CreditGrantConformance.ReferenceServer.Infrastructure;
using static CreditGrantConformance.ReferenceServer.Faults.AnswerFaults;
using static CreditGrantConformance.ReferenceServer.Faults.Fault;

namespace CreditGrantConformance.ReferenceServer.Faults;

/// <summary>
/// Narrow faults of the customer list (GetCustomers), part of <see cref="FaultCatalogue.All"/>: one filter misread
/// (through <see cref="ICustomerListing"/>), one field of the answer changed, or one refusal switched off.
/// </summary>
public static class CustomerListFaults
{
    private static readonly string Label = ApiOperation.ListCustomers.Label;

    public static IReadOnlyList<Fault> All { get; } =
    [
        new("customer_list.test_clock_filter_ignored", Label, "filters",
            "the test_clock filter is ignored: a clock's customers are asked for and customers on no clock answer",
            Rewritten((q, _) => q with { TestClock = null })),
        new("customer_list.clock_customers_included", Label, "filters",
            "without test_clock, the customers of test clocks are listed with the others",
            Rewritten((q, c) => q.TestClock is null ? q with { TestClock = c.TestClock } : q)),
        new("customer_list.email_filter_ignored", Label, "filters",
            "the email filter is ignored",
            Rewritten((q, _) => q with { Email = null })),
        new("customer_list.email_matched_ignoring_case", Label, "filters",
            "the email filter matches an email that differs only in case",
            Rewritten((q, c) => string.Equals(q.Email, c.Email, StringComparison.OrdinalIgnoreCase)
                ? q with { Email = c.Email }
                : q)),
        new("customer_list.created_filter_ignored", Label, "filters",
            "the created filter is ignored, as an exact time and as a range",
            Rewritten((q, _) => q with { Created = CreatedRange.Any })),
        new("customer_list.has_more_always_false", Label, "pagination",
            "a page of customers always answers has_more false",
            Answer(ApiOperation.ListCustomers, b => b["has_more"] = false)),
        new("customer_list.answers_as_text", Label, "headers",
            "successful answers of the customer list are labelled text/plain",
            ChangeHeaders(
                r => r.StatusCode == 200 && EndpointOperation.Of(r.HttpContext) == Label,
                r => r.ContentType = "text/plain")),
        new("customer_list.expand_ignored", Label, "expansion",
            "expand[]=data.test_clock is accepted and ignored: each customer's test_clock stays an id",
            Answer(ApiOperation.ListCustomers, b =>
            {
                foreach (var customer in b["data"]!.AsArray().OfType<JsonObject>())
                {
                    if (customer["test_clock"] is JsonObject clock)
                    {
                        customer["test_clock"] = clock["id"]!.GetValue<string>();
                    }
                }
            })),
        new("customer_list.unknown_parameter_accepted", Label, "validation not enforced",
            "unknown parameters of the customer list are ignored instead of refused",
            DisableRule(ParamRules.KnownParameters, Label)),
        new("customer_list.unexpandable_accepted", Label, "validation not enforced",
            "a customer list asking to expand a field that cannot be expanded is answered",
            DisableRule(ParamRules.ExpandablePaths, Label)),
        new("customer_list.limit_unchecked", Label, "validation not enforced",
            "a customer list takes a limit below 1 or above 100",
            DisablePageRules(Label, "customer", ".limit_minimum", ".limit_maximum")),
        new("customer_list.cursors_unchecked", Label, "validation not enforced",
            "a customer list takes starting_after and ending_before together, and cursors naming no customer",
            DisablePageRules(Label, "customer", ".cursors_exclusive", ".cursor_exists")),
    ];

    private static FaultSeam Rewritten(Func<CustomerListQuery, Customer, CustomerListQuery> rewrite) =>
        DecorateService<ICustomerListing>(inner => new CustomerQueryRewritten(inner, rewrite));
}

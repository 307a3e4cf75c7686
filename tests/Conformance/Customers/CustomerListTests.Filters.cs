using CreditGrantConformance.Client;

namespace CreditGrantConformance.Checks.Customers;

/// <summary>
/// The filters Stripe's spec describes for GET /v1/customers: test_clock (and a clock's customers left out without
/// it), and email, a case-sensitive match.
/// </summary>
public sealed partial class CustomerListTests
{
    [Check("customer_list.test_clock_filter_selects_that_clocks_customers", Provenance.Documented,
        Categories.Pagination,
        "test_clock lists the customers of that test clock: a clock's two customers, and not another clock's",
        Sources.CustomerListFilters, RequiresState = true)]
    public async Task The_test_clock_filter_lists_that_clocks_customers_alone()
    {
        var clock = await NewClockAsync();
        var other = await NewClockAsync();
        var customers = new[] { await clock.CustomerAsync(), await clock.CustomerAsync() };
        var elsewhere = await other.CustomerAsync();

        var response = await Api.ListCustomersAsync(new FormParams { ["test_clock"] = clock.Id, ["limit"] = 100 });

        response.Should(
            Expect.Status(200),
            Expect.Satisfies("/data", $"the two customers of {clock.Id}, not {elsewhere}", OnlyIds(customers)));
    }

    [Check("customer_list.leaves_out_clock_customers_without_test_clock", Provenance.Documented,
        Categories.Pagination,
        "Without test_clock the list leaves out customers of test clocks: of two customers with one email, one on a "
        + "clock, the list by that email holds only the other",
        Sources.CustomerListFilters, RequiresState = true)]
    public async Task Without_test_clock_a_clocks_customers_are_left_out()
    {
        var email = UniqueEmail();
        var clock = await NewClockAsync();
        var onClock = await CustomerWithEmailAsync(email, clock.Id);
        var plain = await CustomerWithEmailAsync(email);

        var response = await Api.ListCustomersAsync(new FormParams { ["email"] = email, ["limit"] = 100 });

        response.Should(
            Expect.Status(200),
            Expect.Satisfies("/data", $"{plain} alone, not {onClock} of {clock.Id}", OnlyIds([plain])));
    }

    [Check("customer_list.email_filter_is_exact_and_case_sensitive", Provenance.Documented, Categories.Pagination,
        "email lists the customers with exactly that email, case-sensitive: not one whose email holds it, and none "
        + "for the email in upper case",
        Sources.CustomerListFilters, RequiresState = true)]
    public async Task The_email_filter_matches_exactly_and_with_case()
    {
        var email = UniqueEmail();
        var customer = await CustomerWithEmailAsync(email);
        var longer = await CustomerWithEmailAsync("x" + email);

        var exact = await Api.ListCustomersAsync(new FormParams { ["email"] = email, ["limit"] = 100 });
        var upper = await Api.ListCustomersAsync(
            new FormParams { ["email"] = email.ToUpperInvariant(), ["limit"] = 100 });

        exact.Should(
            Expect.Status(200),
            Expect.Satisfies("/data", $"{customer} alone, not {longer} (x{email})", OnlyIds([customer])));
        upper.Should(
            Expect.Status(200),
            Expect.Satisfies(
                "/data", $"no customer: {email.ToUpperInvariant()} differs from {email} in case", OnlyIds([])));
    }
}

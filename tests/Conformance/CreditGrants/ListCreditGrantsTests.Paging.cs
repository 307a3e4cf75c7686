using System.Text.Json.Nodes;
using CreditGrantConformance.Client;
using CreditGrantConformance.Suite.Listing;
using CreditGrantConformance.Suite.Requests;

namespace CreditGrantConformance.Checks.CreditGrants;

/// <summary>
/// Paging over a customer of its own holding eleven grants, one more than the default page: five created within one
/// second and six within a later one, so that order by created is decidable and ties are present too.
/// </summary>
public sealed partial class ListCreditGrantsTests
{
    private const int PagedGrants = 11;
    private readonly Lazy<Task<PagedCustomer>> paged = new(CreatePagedCustomerAsync);

    [Check("list.newest_first", Provenance.Documented, Categories.Pagination,
        "Lists return objects in reverse chronological order: a grant created in a later second comes before one "
        + "created earlier", Sources.Pagination, RequiresState = true)]
    public async Task List_returns_grants_newest_first()
    {
        var customer = await paged.Value;

        var response = await Api.ListAsync(new FormParams { ["customer"] = customer.Id, ["limit"] = 100 });

        response.Should(
            Expect.Status(200),
            Expect.Satisfies("/data", "every grant of the customer, newest first", data =>
                ListOrder.Coverage(customer.NewestFirst, ListedGrant.From(data).Select(g => g.Id).ToList())
                ?? ListOrder.Violation(ListedGrant.From(data))));
    }

    [Check("list.same_second_newest_created_first", Provenance.Assumed, Categories.Pagination,
        "Grants created within the same second are listed in reverse order of creation (Stripe documents order by "
        + "created only)", Sources.Assumptions, RequiresState = true)]
    public async Task List_orders_grants_of_the_same_second_newest_created_first()
    {
        var customer = await paged.Value;

        var response = await Api.ListAsync(new FormParams { ["customer"] = customer.Id, ["limit"] = 100 });

        response.Should(Expect.Status(200), Expect.Ids("/data", customer.NewestFirst));
    }

    [Check("list.limit_defaults_to_10", Provenance.Documented, Categories.Pagination,
        "limit defaults to 10, and has_more tells that more objects follow", Sources.List, RequiresState = true)]
    public async Task List_without_limit_returns_ten_grants_and_has_more()
    {
        var customer = await paged.Value;

        var response = await Api.ListAsync(new FormParams { ["customer"] = customer.Id });

        response.Should(
            Expect.Status(200),
            Expect.Grants(10),
            Expect.Field("/has_more", true));
    }

    [Check("list.pages_forward_visit_every_grant_once", Provenance.Documented, Categories.Pagination,
        "starting_after is the cursor to the next page: walking it visits every object once, newest first",
        Sources.Pagination, RequiresState = true)]
    public async Task List_pages_walked_with_starting_after_visit_every_grant_exactly_once()
    {
        var customer = await paged.Value;

        var seen = await WalkAsync(customer.Id, "starting_after", null);

        SpanningJudgement.That(
            ListOrder.Coverage(customer.NewestFirst, seen.Select(g => g.Id).ToList()) ?? ListOrder.Violation(seen),
            "pages walked forward with limit 3 list every grant of the customer once, newest first");
    }

    [Check("list.pages_backward_visit_every_grant_once", Provenance.Documented, Categories.Pagination,
        "ending_before is the cursor to the previous page: walking back from the last grant visits every newer "
        + "object once", Sources.Pagination, RequiresState = true)]
    public async Task List_pages_walked_back_with_ending_before_visit_every_grant_exactly_once()
    {
        var customer = await paged.Value;
        var all = await Api.ListAsync(new FormParams { ["customer"] = customer.Id, ["limit"] = 100 });
        all.Should(Expect.Status(200));
        var listed = ListedGrant.From(all.Json!["data"]);
        var last = listed.Count > 0 ? listed[^1].Id : customer.NewestFirst[^1];

        var seen = await WalkAsync(customer.Id, "ending_before", last);

        var expected = customer.NewestFirst.Where(id => id != last).ToList();
        SpanningJudgement.That(
            ListOrder.Coverage(expected, seen.Select(g => g.Id).ToList()) ?? ListOrder.Violation(seen),
            $"pages walked back from {last} (the last grant of the list) with limit 3 list every other grant once, "
                + "newest first");
    }

    [Check("list.customer_filter_selects_only_that_customer", Provenance.Spec, Categories.Pagination,
        "The customer filter returns only the credit grants of that customer: none for a customer who has none",
        Sources.SpecList, RequiresState = true)]
    public async Task List_filtered_by_customer_returns_only_that_customers_grants()
    {
        var customer = await paged.Value;
        var other = await CreateGrantAsync();
        // A customer of this check's own who has no grant: the filter still selects, and selects nothing.
        var withoutGrants = await CreateCustomerAsync();

        var response = await Api.ListAsync(new FormParams { ["customer"] = customer.Id, ["limit"] = 100 });
        var empty = await Api.ListAsync(new FormParams { ["customer"] = withoutGrants, ["limit"] = 100 });

        response.Should(
            Expect.Status(200),
            Expect.FieldIs("/data", $"only grants of {customer.Id}, not {other.Id()}", data => data is JsonArray a
                && a.All(g => g?["customer"]?.ToString() == customer.Id)
                && ListedGrant.From(data).Select(g => g.Id).ToHashSet().SetEquals(customer.NewestFirst)));
        empty.Should(
            Expect.Status(200),
            Expect.FieldIs("/data", $"no grant: {withoutGrants} has none", data => data is JsonArray { Count: 0 }));
    }

    // Walks pages of three; backward pages are still newest first, so they are prepended in reverse.
    private static async Task<List<ListedGrant>> WalkAsync(string customer, string cursor, string? start)
    {
        var seen = new List<ListedGrant>();
        for (var page = 0; page < PagedGrants + 1; page++)
        {
            var response = await Api.ListAsync(
                new FormParams { ["customer"] = customer, ["limit"] = 3, [cursor] = start });
            response.Should(Expect.Status(200));
            var listed = ListedGrant.From(response.Json!["data"]);
            seen = cursor == "ending_before" ? [.. listed, .. seen] : [.. seen, .. listed];
            if (response.Json!["has_more"]?.GetValue<bool>() != true || listed.Count == 0)
            {
                break;
            }

            start = cursor == "ending_before" ? listed[0].Id : listed[^1].Id;
        }

        return seen;
    }

    private static async Task<PagedCustomer> CreatePagedCustomerAsync()
    {
        var customer = await CreateCustomerAsync();
        var created = new List<string>();
        for (var i = 0; i < PagedGrants; i++)
        {
            if (i == 5)
            {
                // The rest in a later second: order by created becomes decidable.
                await Clock.WaitForNextSecondAsync(Clock.Now);
            }

            var response = await Api.CreateAsync(GrantRequests.Minimal(customer, Settings.RunId));
            response.Should(Expect.Status(200));
            created.Add(response.Json!["id"]!.ToString());
        }

        created.Reverse();
        return new PagedCustomer(customer, created);
    }

    private sealed record PagedCustomer(string Id, IReadOnlyList<string> NewestFirst);
}

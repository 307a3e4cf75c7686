using System.Text.Json.Nodes;
using CreditGrantConformance.Client;
using CreditGrantConformance.Suite.Assertions;
using CreditGrantConformance.Suite.Checks;
using CreditGrantConformance.Suite.Requests;

namespace CreditGrantConformance.Checks.CreditGrants;

/// <summary>Paging over a customer of its own holding eleven grants: one more than the default page.</summary>
public sealed partial class ListCreditGrantsTests
{
    private const int PagedGrants = 11;
    private readonly Lazy<Task<PagedCustomer>> paged = new(CreatePagedCustomerAsync);

    [Test]
    [RequiresState]
    [Check("list.newest_first", Provenance.Documented, Categories.Pagination,
        "List APIs return objects in reverse chronological order (API reference, pagination)")]
    public async Task List_returns_grants_newest_first()
    {
        var customer = await paged.Value;

        var response = await Api.ListAsync(new FormParams { ["customer"] = customer.Id, ["limit"] = 100 });

        response.Should(Expect.Status(200), Expect.FieldIs("/data", "ids in reverse creation order: " + string.Join(", ", customer.NewestFirst), data => Ids(data).SequenceEqual(customer.NewestFirst)));
    }

    [Test]
    [RequiresState]
    [Check("list.limit_defaults_to_10", Provenance.Documented, Categories.Pagination,
        "limit defaults to 10 and has_more tells that more objects follow (API reference, list credit grants; pagination)")]
    public async Task List_without_limit_returns_ten_grants_and_has_more()
    {
        var customer = await paged.Value;

        var response = await Api.ListAsync(new FormParams { ["customer"] = customer.Id });

        response.Should(
            Expect.Status(200),
            Expect.FieldIs("/data", "10 grants", data => data is JsonArray { Count: 10 }),
            Expect.Field("/has_more", true));
    }

    [TestCase(1, true)]
    [TestCase(100, false)]
    [RequiresState]
    [Check("list.limit_bounds_are_accepted", Provenance.Documented, Categories.Pagination,
        "limit can range between 1 and 100 (API reference, list credit grants)")]
    public async Task List_accepts_the_limit_bounds(int limit, bool hasMore)
    {
        var customer = await paged.Value;

        var response = await Api.ListAsync(new FormParams { ["customer"] = customer.Id, ["limit"] = limit });

        response.Should(
            Expect.Status(200),
            Expect.FieldIs("/data", $"{Math.Min(limit, PagedGrants)} grants", data => data is JsonArray a && a.Count == Math.Min(limit, PagedGrants)),
            Expect.Field("/has_more", hasMore));
    }

    [Test]
    [RequiresState]
    [Check("list.pages_forward_visit_every_grant_once", Provenance.Documented, Categories.Pagination,
        "starting_after is the cursor to the next page; walking it visits every object once (API reference, pagination)")]
    public async Task List_pages_walked_with_starting_after_visit_every_grant_exactly_once()
    {
        var customer = await paged.Value;

        var seen = await WalkAsync(customer.Id, "starting_after", null);

        Assert.That(seen, Is.EqualTo(customer.NewestFirst), "Pages walked forward with limit 3 must list every grant once, newest first.");
    }

    [Test]
    [RequiresState]
    [Check("list.pages_backward_visit_every_grant_once", Provenance.Documented, Categories.Pagination,
        "ending_before is the cursor to the previous page; walking it back visits every object once (API reference, pagination)")]
    public async Task List_pages_walked_back_with_ending_before_visit_every_grant_exactly_once()
    {
        var customer = await paged.Value;
        var oldest = customer.NewestFirst[^1];

        var seen = await WalkAsync(customer.Id, "ending_before", oldest);

        Assert.That(seen, Is.EqualTo(customer.NewestFirst.SkipLast(1).Reverse()), $"Pages walked back from {oldest} with limit 3 must list every newer grant once.");
    }

    [Test]
    [RequiresState]
    [Check("list.customer_filter_selects_only_that_customer", Provenance.Spec, Categories.Pagination,
        "GetBillingCreditGrants: customer 'Only return credit grants for this customer'")]
    public async Task List_filtered_by_customer_returns_only_that_customers_grants()
    {
        var customer = await paged.Value;
        var other = await CreateGrantAsync();

        var response = await Api.ListAsync(new FormParams { ["customer"] = customer.Id, ["limit"] = 100 });

        response.Should(
            Expect.Status(200),
            Expect.FieldIs("/data", $"only grants of {customer.Id}, not {other.Id()}", data => data is JsonArray a
                && a.All(g => g?["customer"]?.ToString() == customer.Id) && Ids(data).ToHashSet().SetEquals(customer.NewestFirst)));
    }

    private static async Task<List<string>> WalkAsync(string customer, string cursor, string? start)
    {
        var seen = new List<string>();
        for (var page = 0; page < PagedGrants; page++)
        {
            var query = new FormParams { ["customer"] = customer, ["limit"] = 3, [cursor] = start };
            var response = await Api.ListAsync(query);
            response.Should(Expect.Status(200));
            var ids = Ids(response.Json!["data"]).ToList();
            // Backward pages are still newest first; walking back prepends older-to-newer order reversed.
            seen.AddRange(cursor == "ending_before" ? Enumerable.Reverse(ids) : ids);
            if (response.Json!["has_more"]?.GetValue<bool>() != true || ids.Count == 0)
            {
                break;
            }

            start = cursor == "ending_before" ? ids[0] : ids[^1];
        }

        return seen;
    }

    private static IEnumerable<string> Ids(JsonNode? data) =>
        data is JsonArray a ? a.Select(g => g?["id"]?.ToString() ?? "") : [];

    private static async Task<PagedCustomer> CreatePagedCustomerAsync()
    {
        var customer = await CreateCustomerAsync();
        var created = new List<string>();
        for (var i = 0; i < PagedGrants; i++)
        {
            var response = await Api.CreateAsync(GrantRequests.Minimal(customer, Settings.RunId));
            response.Should(Expect.Status(200));
            created.Add(response.Json!["id"]!.ToString());
        }

        created.Reverse();
        return new PagedCustomer(customer, created);
    }

    private sealed record PagedCustomer(string Id, IReadOnlyList<string> NewestFirst);
}

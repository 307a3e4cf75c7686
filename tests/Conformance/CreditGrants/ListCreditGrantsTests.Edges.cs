using CreditGrantConformance.Client;
using CreditGrantConformance.Suite.Listing;
using CreditGrantConformance.Suite.Requests;

namespace CreditGrantConformance.Checks.CreditGrants;

/// <summary>
/// The edges of a page, decided every run: the limit's bounds with exact page sizes, has_more exactly at the edge,
/// cursors at the first and the last grant (first and last as the target itself lists them: the order of grants
/// created within one second is not documented), and a full page of 100.
/// </summary>
public sealed partial class ListCreditGrantsTests
{
    private const string LimitRule = "limit sets how many objects a page holds, between 1 and 100";
    private const string HasMoreRule =
        "has_more tells whether more objects follow the page; after the last object a page is empty";
    private readonly Lazy<Task<PagedCustomer>> hundred = new(() => CreateCustomerWithGrantsAsync(101));

    [Check("list.accepts_limit_1", Provenance.Documented, Categories.Pagination,
        LimitRule + ": limit 1 gives one grant and has_more", Sources.List, RequiresState = true)]
    public async Task List_with_limit_1_returns_one_grant_and_has_more()
    {
        var customer = await paged.Value;

        var response = await Api.ListAsync(new FormParams { ["customer"] = customer.Id, ["limit"] = 1 });

        response.Should(Expect.Status(200), Expect.Grants(1), Expect.Field("/has_more", true));
    }

    [Check("list.accepts_limit_100", Provenance.Documented, Categories.Pagination,
        LimitRule + ": limit 100 over eleven grants gives all eleven", Sources.List, RequiresState = true)]
    public async Task List_with_limit_100_returns_every_grant_and_no_more()
    {
        var customer = await paged.Value;

        var response = await Api.ListAsync(new FormParams { ["customer"] = customer.Id, ["limit"] = 100 });

        response.Should(Expect.Status(200), Expect.Grants(PagedGrants), Expect.Field("/has_more", false));
    }

    [Check("list.full_page_of_100", Provenance.Documented, Categories.Pagination,
        LimitRule + ": limit 100 over 101 grants gives 100 and has_more, and the next page the last one",
        Sources.Pagination, RequiresState = true)]
    public async Task List_with_limit_100_over_101_grants_returns_a_full_page_then_the_last_grant()
    {
        var customer = await hundred.Value;

        var first = await Api.ListAsync(new FormParams { ["customer"] = customer.Id, ["limit"] = 100 });
        first.Should(Expect.Status(200), Expect.Grants(100), Expect.Field("/has_more", true));
        var last = ListedGrant.From(first.Json!["data"])[^1].Id;
        var second = await Api.ListAsync(
            new FormParams { ["customer"] = customer.Id, ["limit"] = 100, ["starting_after"] = last });

        second.Should(Expect.Status(200), Expect.Grants(1), Expect.Field("/has_more", false));
    }

    [Check("list.has_more_false_when_exactly_limit_remain", Provenance.Documented, Categories.Pagination,
        HasMoreRule + ": a page that holds exactly the remaining grants says has_more false", Sources.Pagination,
        RequiresState = true)]
    public async Task List_holding_exactly_the_remaining_grants_has_no_more()
    {
        var customer = await paged.Value;

        var response = await Api.ListAsync(new FormParams { ["customer"] = customer.Id, ["limit"] = PagedGrants });

        response.Should(Expect.Status(200), Expect.Grants(PagedGrants), Expect.Field("/has_more", false));
    }

    [Check("list.pages_are_full_while_more_remain", Provenance.Documented, Categories.Pagination,
        LimitRule + ": walking eleven grants with limit 3 gives pages of 3, 3, 3 and 2", Sources.Pagination,
        RequiresState = true)]
    public async Task List_pages_hold_limit_grants_until_the_last()
    {
        var customer = await paged.Value;
        var sizes = new List<int>();
        string? after = null;

        for (var page = 0; page < PagedGrants; page++)
        {
            var response = await Api.ListAsync(
                new FormParams { ["customer"] = customer.Id, ["limit"] = 3, ["starting_after"] = after });
            response.Should(Expect.Status(200));
            var listed = ListedGrant.From(response.Json!["data"]);
            sizes.Add(listed.Count);
            if (response.Json!["has_more"]?.GetValue<bool>() != true || listed.Count == 0)
            {
                break;
            }

            after = listed[^1].Id;
        }

        SpanningJudgement.That(
            sizes.SequenceEqual([3, 3, 3, 2]) ? null : $"pages of {string.Join(", ", sizes)}",
            "pages of 3, 3, 3 and 2");
    }

    private static IEnumerable<TestCaseData> CursorEdges()
    {
        yield return Edge("starting_after_the_last_grant_is_empty",
            "starting_after the last grant gives an empty page without more", "starting_after", last: true, 0);
        yield return Edge("ending_before_the_first_grant_is_empty",
            "ending_before the first grant gives an empty page without more", "ending_before", last: false, 0);
        yield return Edge("starting_after_the_first_grant_lists_the_rest",
            "starting_after the first grant gives every other grant", "starting_after", last: false, PagedGrants - 1);
        yield return Edge("ending_before_the_last_grant_lists_the_rest",
            "ending_before the last grant gives every other grant", "ending_before", last: true, PagedGrants - 1);
    }

    [TestCaseSource(nameof(CursorEdges))]
    [Check]
    public async Task A_cursor_at_the_first_or_last_grant_gives_exactly_what_lies_beyond_it(
        string cursor,
        bool last,
        int expected)
    {
        var customer = await paged.Value;
        var all = await Api.ListAsync(new FormParams { ["customer"] = customer.Id, ["limit"] = 100 });
        all.Should(Expect.Status(200));
        var listed = ListedGrant.From(all.Json!["data"]);
        var at = last ? listed[^1].Id : listed[0].Id;

        var response = await Api.ListAsync(
            new FormParams { ["customer"] = customer.Id, ["limit"] = 100, [cursor] = at });

        response.Should(
            Expect.Status(200),
            Expect.Satisfies("/data", $"the {expected} grants beyond {at}", d => ListOrder.Coverage(
                listed.Select(g => g.Id).Where(id => id != at && expected > 0).ToList(),
                ListedGrant.From(d).Select(g => g.Id).ToList())),
            Expect.Field("/has_more", false));
    }

    private static TestCaseData Edge(string key, string title, string cursor, bool last, int expected) => CheckCase.Of(
        new CheckInfo(
            "list." + key,
            title,
            Categories.Pagination,
            Provenance.Documented,
            HasMoreRule + ": " + title,
            Sources.Pagination)
        {
            RequiresState = true,
        },
        cursor, last, expected);

    private static async Task<PagedCustomer> CreateCustomerWithGrantsAsync(int count)
    {
        var customer = await CreateCustomerAsync();
        var created = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var response = await Api.CreateAsync(GrantRequests.Minimal(customer, Settings.RunId));
            response.Should(Expect.Status(200));
            created.Add(response.Json!["id"]!.ToString());
        }

        created.Reverse();
        return new PagedCustomer(customer, created);
    }
}

using CreditGrantConformance.Client;
using CreditGrantConformance.Operations;
using CreditGrantConformance.Suite.Failures;

namespace CreditGrantConformance.Checks.TestClocks;

public sealed class TestClockListTests : ClockTest
{
    [Check("test_clock_list.answers_a_list_object", Provenance.Spec, Categories.Shape,
        "Listing test clocks answers 200 with a list object whose url is /v1/test_helpers/test_clocks",
        Sources.TestClockList)]
    public async Task The_list_answers_a_list_object()
    {
        var response = await Api.ListTestClocksAsync(new FormParams { ["limit"] = 1 });

        response.Should(
            Expect.Status(200),
            Expect.Field("/object", "list"),
            Shapes.ListUrlOf(ApiOperation.ListTestClocks));
    }

    [Check("test_clock_list.lists_a_new_clock", Provenance.Documented, Categories.State,
        "A new test clock is listed: walking the list's pages of 100 finds it",
        Sources.TestClockList, RequiresState = true)]
    public async Task A_new_clock_is_listed()
    {
        var clock = await NewClockAsync();

        // Page by page, so the check holds whatever the order of the list; an account with more clocks than a walk
        // of MaxPages reaches cannot decide it.
        string? after = null;
        var walked = 0;
        for (var page = 0; page < MaxPages; page++)
        {
            var response = await Api.ListTestClocksAsync(
                new FormParams { ["limit"] = 100, ["starting_after"] = after });
            response.Should(Expect.Status(200));
            var data = response.Json!["data"]!.AsArray();
            walked += data.Count;
            if (data.Any(c => c?["id"]?.ToString() == clock.Id))
            {
                return;
            }

            if (response.Json!["has_more"]?.GetValue<bool>() != true || data.Count == 0)
            {
                break;
            }

            after = data[^1]!["id"]!.ToString();
            if (page == MaxPages - 1)
            {
                throw new NotApplicableException(
                    $"the account lists more than {walked} test clocks and {clock.Id} was not among them: too many to "
                    + "walk, so the check cannot decide");
            }
        }

        SpanningJudgement.That(
            $"{clock.Id} is in none of the {walked} clocks listed",
            $"walking the test clock list ({MaxPages} pages of 100 at most) finds the new clock {clock.Id}");
    }

    private const int MaxPages = 10;
}

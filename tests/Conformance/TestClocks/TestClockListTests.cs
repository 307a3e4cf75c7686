using System.Text.Json.Nodes;
using CreditGrantConformance.Client;
using CreditGrantConformance.Operations;

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
        "A new test clock is listed: the first page of 100 (newest first) holds it",
        Sources.TestClockList, RequiresState = true)]
    public async Task A_new_clock_is_listed()
    {
        var clock = await NewClockAsync();

        var response = await Api.ListTestClocksAsync(new FormParams { ["limit"] = 100 });

        response.Should(
            Expect.Status(200),
            Expect.FieldIs(
                "/data",
                $"a list holding {clock.Id}",
                d => d is JsonArray a && a.Any(c => c?["id"]?.ToString() == clock.Id)));
    }
}

using System.Text.Json.Nodes;
using CreditGrantConformance.Operations;

namespace CreditGrantConformance.ReferenceServer.TestClocks;

/// <summary>The test_helpers.test_clock object, its deleted form and its list, as the API reference shows.</summary>
public static class TestClockJson
{
    public const string Object = "test_helpers.test_clock";

    public static JsonObject Write(TestClock clock) => new()
    {
        ["id"] = clock.Id,
        ["object"] = Object,
        ["created"] = clock.Created,
        ["deletes_after"] = clock.DeletesAfter,
        ["frozen_time"] = clock.FrozenTime,
        ["livemode"] = false,
        ["name"] = clock.Name,
        ["status"] = clock.Advancing ? "advancing" : "ready",
        ["status_details"] = clock.TargetFrozenTime is { } target
            ? new JsonObject { ["advancing"] = new JsonObject { ["target_frozen_time"] = target } }
            : new JsonObject(),
    };

    public static JsonObject WriteDeleted(TestClock clock) =>
        new() { ["id"] = clock.Id, ["object"] = Object, ["deleted"] = true };

    public static JsonObject WriteList(Infrastructure.Page<TestClock> page) => new()
    {
        ["object"] = "list",
        ["data"] = new JsonArray(page.Items.Select(c => (JsonNode?)Write(c)).ToArray()),
        ["has_more"] = page.HasMore,
        ["url"] = ApiOperation.ListTestClocks.PathTemplate,
    };
}

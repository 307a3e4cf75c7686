using System.Text.Json.Nodes;
using CreditGrantConformance.Results.Json;

namespace CreditGrantConformance.SelfTests.Assertions;

/// <summary>
/// Values in failure messages read as written: an emoji is shown, not as the \u escapes .NET's encoder gives it.
/// </summary>
public sealed class JsonTextTests
{
    private static readonly object[] Texts =
    [
        new object[] { "gift 🎁", "\"gift 🎁\"" },
        new object[] { "café ✓", "\"café ✓\"" },
        new object[] { "a \\uD83C\\uDF81 typed by hand", "\"a \\\\uD83C\\\\uDF81 typed by hand\"" },
        new object[] { "quote \" and tab \t", "\"quote \\\" and tab \\t\"" },
    ];

    [TestCaseSource(nameof(Texts))]
    public void A_string_reads_as_written_with_only_json_escapes_left(string value, string shown)
    {
        Assert.That(JsonText.Full(JsonValue.Create(value)), Is.EqualTo(shown));
    }

    [Test]
    public void A_map_with_an_emoji_key_and_value_reads_as_written()
    {
        var map = new JsonObject { ["k🎁"] = "v🎁" };

        Assert.That(JsonText.Full(map), Is.EqualTo("{\"k🎁\":\"v🎁\"}"));
    }

    [Test]
    public void A_lone_surrogate_escape_stays_escaped()
    {
        Assert.That(JsonText.WithoutPairEscapes("\"\\uD83C x\""), Is.EqualTo("\"\\uD83C x\""));
    }
}

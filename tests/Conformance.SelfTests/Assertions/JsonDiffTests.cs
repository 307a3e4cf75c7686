using System.Text.Json.Nodes;
using CreditGrantConformance.Results.Text;
using CreditGrantConformance.Suite.Assertions;
using CreditGrantConformance.Suite.Requests;

namespace CreditGrantConformance.SelfTests.Assertions;

public sealed class JsonDiffTests
{
    [Test]
    public void The_key_the_rule_is_about_leads_and_the_run_tag_comes_last()
    {
        var expected = JsonNode.Parse($$"""{"{{RunTag.Key}}": "run_1", "added": "1", "kept": "2"}""");
        var actual = JsonNode.Parse("""{"kept": "2"}""");

        var lines = JsonDiff.Lines(expected, actual);

        Assert.Multiple(() =>
        {
            Assert.That(lines[0], Does.StartWith("missing key `added`"));
            Assert.That(lines[^1], Does.Contain(RunTag.Key));
        });
    }

    [Test]
    public void One_difference_beyond_the_shown_ones_is_counted_in_the_singular()
    {
        var expected = new JsonObject(Enumerable.Range(0, 9).Select(i => KeyValuePair.Create($"k{i}", (JsonNode?)"v")));

        var lines = JsonDiff.Lines(expected, new JsonObject());

        Assert.That(lines[^1], Is.EqualTo("… and 1 more difference"));
    }

    [TestCase(1, "grant", "1 grant")]
    [TestCase(2, "grant", "2 grants")]
    [TestCase(0, "customer", "0 customers")]
    [TestCase(1, "known-gap entry", "1 known-gap entry")]
    [TestCase(3, "known-gap entry", "3 known-gap entries")]
    [TestCase(2, "key", "2 keys")]
    public void Counts_take_the_number_of_their_noun(int count, string noun, string expected) =>
        Assert.That(Plural.Of(count, noun), Is.EqualTo(expected));
}

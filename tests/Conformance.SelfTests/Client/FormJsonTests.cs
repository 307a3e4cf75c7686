using System.Text.Json.Nodes;
using CreditGrantConformance.Client;

namespace CreditGrantConformance.SelfTests.Client;

public sealed class FormJsonTests
{
    [Test]
    public void Parameters_become_json_with_their_types_and_back_to_the_same_form()
    {
        var parameters = new FormParams
        {
            ["amount"] = new FormParams { ["monetary"] = new FormParams { ["value"] = 1000L, ["currency"] = "usd" } },
            ["expand"] = new List<object?> { "customer" },
            ["priority"] = "ten",
            ["effective_at"] = DateTimeOffset.FromUnixTimeSeconds(4_000_000_000),
        };

        var json = FormJson.ToJson(parameters);

        Assert.Multiple(() =>
        {
            Assert.That(
                json.ToJsonString(),
                Is.EqualTo("""{"amount":{"monetary":{"value":1000,"currency":"usd"}},"expand":"""
                    + """["customer"],"priority":"ten","effective_at":4000000000}"""));
            Assert.That(StripeForm.Encode(FormJson.ToParams(json)), Is.EqualTo(StripeForm.Encode(parameters)));
        });
    }

    [Test]
    public void An_empty_object_becomes_the_empty_string_that_clears_it()
    {
        var json = FormJson.ToJson(new FormParams { ["metadata"] = new FormParams() });

        Assert.That(json.ToJsonString(), Is.EqualTo("""{"metadata":""}"""));
    }

    [Test]
    public void A_shorthand_object_is_expanded_where_it_stands()
    {
        var parameters = FormJson.ToParams(
            JsonNode.Parse("""{"name":{"$x":3},"metadata":{"a":{"$x":2}}}""")!.AsObject(),
            o => o["$x"] is { } n ? new string('x', n.GetValue<int>()) : null);

        Assert.That(StripeForm.Encode(parameters), Is.EqualTo("name=xxx&metadata[a]=xx"));
    }

    [TestCase("expand[]=a&expand[]=b&prices[0][id]=p", "expand[0]=a&expand[1]=b&prices[0][id]=p")]
    [TestCase("a[][x]=1&a[][x]=2", "a[0][x]=1&a[1][x]=2")]
    public void Scalar_arrays_are_numbered_by_position_for_comparison(string sent, string canonical) =>
        Assert.That(StripeForm.Encode(StripeForm.Canonical(StripeForm.Decode(sent))), Is.EqualTo(canonical));
}

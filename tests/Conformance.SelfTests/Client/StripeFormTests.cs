using CreditGrantConformance.Client;

namespace CreditGrantConformance.SelfTests.Client;

public sealed class StripeFormTests
{
    private static IEnumerable<TestCaseData> Encodings()
    {
        yield return Case("nested objects",
            new FormParams { ["amount"] = new FormParams { ["monetary"] = new FormParams { ["value"] = 1000 } } },
            "amount[monetary][value]=1000");
        yield return Case("array of scalars",
            new FormParams { ["expand"] = new List<object?> { "customer", "test_clock" } },
            "expand[]=customer&expand[]=test_clock");
        yield return Case("array of objects is indexed",
            new FormParams
            {
                ["applicability_config"] = new FormParams
                {
                    ["scope"] = new FormParams
                    {
                        ["prices"] = new List<object?>
                        {
                            new FormParams { ["id"] = "price_1" },
                            new FormParams { ["id"] = "price_2" },
                        },
                    },
                },
            },
            "applicability_config[scope][prices][0][id]=price_1&applicability_config[scope][prices][1][id]=price_2");
        yield return Case("empty value unsets a key",
            new FormParams { ["metadata"] = new FormParams { ["key"] = "" } },
            "metadata[key]=");
        yield return Case("empty object clears", new FormParams { ["metadata"] = new FormParams() }, "metadata=");
        yield return Case("empty string clears", new FormParams { ["metadata"] = "" }, "metadata=");
        yield return Case("null is omitted", new FormParams { ["a"] = null, ["b"] = "1" }, "b=1");
        yield return Case("insertion order is kept",
            new FormParams { ["z"] = "1", ["a"] = "2", ["m"] = "3" },
            "z=1&a=2&m=3");
        yield return Case("booleans", new FormParams { ["t"] = true, ["f"] = false }, "t=true&f=false");
        yield return Case("negative and long numbers",
            new FormParams { ["n"] = -5, ["l"] = 9_007_199_254_740_993L },
            "n=-5&l=9007199254740993");
        yield return Case("timestamps as unix seconds",
            new FormParams { ["at"] = DateTimeOffset.FromUnixTimeSeconds(1_726_688_796) },
            "at=1726688796");
        yield return Case("characters that need escaping",
            new FormParams { ["q"] = "a&b=c+d e%[x]" },
            "q=a%26b%3Dc%2Bd+e%25%5Bx%5D");
        yield return Case("unicode as UTF-8",
            new FormParams { ["name"] = "crédit ✓ 🎁" },
            "name=cr%C3%A9dit+%E2%9C%93+%F0%9F%8E%81");
        yield return Case("brackets stay literal in keys only",
            new FormParams { ["metadata"] = new FormParams { ["a b"] = "[v]" } },
            "metadata[a+b]=%5Bv%5D");
        yield return Case("empty array clears", new FormParams { ["expand"] = new List<object?>() }, "expand=");
    }

    [TestCaseSource(nameof(Encodings))]
    public void Parameters_encode_as_Stripe_SDKs_send_them(FormParams parameters, string expected) =>
        Assert.That(StripeForm.Encode(parameters), Is.EqualTo(expected));

    [Test]
    public void SetPath_creates_objects_and_indexed_arrays_on_the_way()
    {
        var form = new FormParams();

        form.SetPath("amount[monetary][value]", 5);
        form.SetPath("applicability_config[scope][prices][0][id]", "price_1");

        Assert.That(
            StripeForm.Encode(form),
            Is.EqualTo("amount[monetary][value]=5&applicability_config[scope][prices][0][id]=price_1"));
    }

    [Test]
    public void RemovePath_drops_only_the_leaf()
    {
        var form = new FormParams
        {
            ["amount"] = new FormParams { ["type"] = "monetary", ["monetary"] = new FormParams { ["value"] = 1 } },
        };

        var removed = form.RemovePath("amount[monetary][value]");

        Assert.Multiple(() =>
        {
            Assert.That(removed, Is.True);
            Assert.That(form.RemovePath("amount[nothing][here]"), Is.False);
            Assert.That(StripeForm.Encode(form), Is.EqualTo("amount[type]=monetary&amount[monetary]="));
        });
    }

    [Test]
    public void DeepClone_is_independent_of_the_original()
    {
        var original = new FormParams { ["metadata"] = new FormParams { ["a"] = "1" } };

        var clone = original.DeepClone();
        clone.SetPath("metadata[a]", "2");

        Assert.That(StripeForm.Encode(original), Is.EqualTo("metadata[a]=1"));
    }

    [Test]
    public void A_value_form_encoding_cannot_express_is_refused_with_the_parameter_named()
    {
        var form = new FormParams { ["when"] = new object() };

        Assert.That(() => StripeForm.Encode(form), Throws.ArgumentException.With.Message.Contains("'when'"));
    }

    private static TestCaseData Case(string name, FormParams parameters, string expected) =>
        new TestCaseData(parameters, expected).SetName("Form encoding: " + name);
}

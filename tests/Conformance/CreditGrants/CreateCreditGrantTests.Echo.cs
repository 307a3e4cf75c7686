using System.Text.Json.Nodes;
using CreditGrantConformance.Client;

namespace CreditGrantConformance.Checks.CreditGrants;

public sealed partial class CreateCreditGrantTests
{
    private const string EchoRule = "The created billing.credit_grant reflects every parameter sent in its field";

    private static IEnumerable<TestCaseData> Variants()
    {
        var effective = Clock.Now + 86_400;
        var expires = Clock.Now + (30 * 86_400);
        yield return Variant("name", "with a name", p => p["name"] = "Welcome credit", ("/name", "Welcome credit"));
        yield return Variant("priority", "with a priority between the bounds",
            p => p["priority"] = 37, ("/priority", 37));
        yield return Variant("promotional_category", "in the promotional category",
            p => p["category"] = "promotional", ("/category", "promotional"));
        yield return Variant("paid_category", "in the paid category, sent explicitly",
            p => p["category"] = "paid", ("/category", "paid"));
        yield return Variant("effective_and_expiry", "with a future effective_at and a later expires_at",
            p =>
            {
                p["effective_at"] = effective;
                p["expires_at"] = expires;
            },
            ("/effective_at", effective), ("/expires_at", expires));
        yield return Variant("expires_at", "with expires_at only",
            p => p["expires_at"] = expires, ("/expires_at", expires));
        yield return Variant("metadata", "with metadata that needs form escaping and unicode",
            p => p.SetPath("metadata[note]", "crédit & co = 100% ✓ [x]"),
            ("/metadata/note", "crédit & co = 100% ✓ [x]"));
        yield return Variant("large_amount", "of a large amount",
            p => p.SetPath("amount[monetary][value]", 99_999_999),
            ("/amount/monetary", JsonNode.Parse("""{"currency":"usd","value":99999999}""")));
        // Stripe accepts only prices with a billing meter attached; whether an unknown price id is refused is
        // undocumented.
        yield return Variant("prices_scope", "scoped to prices instead of a price type",
            p =>
            {
                p.RemovePath("applicability_config[scope][price_type]");
                p.SetPath(
                    "applicability_config[scope][prices]",
                    new List<object?>
                    {
                        new FormParams { ["id"] = "price_conformance_a" },
                        new FormParams { ["id"] = "price_conformance_b" },
                    });
            },
            Provenance.Assumed,
            ("/applicability_config/scope/prices",
                JsonNode.Parse("""[{"id":"price_conformance_a"},{"id":"price_conformance_b"}]""")));
    }

    [TestCaseSource(nameof(Variants))]
    [Check]
    public async Task Create_echoes_every_parameter_sent(
        Action<FormParams> change,
        (string Pointer, JsonNode? Value)[] expected)
    {
        var request = await ValidGrantAsync();
        change(request);

        var response = await Api.CreateAsync(request);

        // Whether the target accepts may rest on an assumption (made-up price ids); what an accepting target answers
        // does not: the create's documented echo, judged at the spec's strength once the target said 200.
        response.Should(
        [
            Expect.Status(200),
            .. expected.Select(e => Expect.OnSuccess(Expect.Field(e.Pointer, e.Value).As(Provenance.Spec))),
        ]);
    }

    [Check("create.empty_metadata_has_no_keys", Provenance.Spec, Categories.State,
        "metadata= (empty) on create is accepted, and the new grant's metadata is an object with no keys",
        Sources.CreateEmptyMetadata, RequiresState = true)]
    public async Task Create_with_empty_metadata_has_no_keys()
    {
        var request = await ValidGrantAsync();
        request["metadata"] = "";

        var response = await Api.CreateAsync(request);

        response.Should(Expect.Status(200), Expect.Field("/metadata", new JsonObject()));
    }

    private static TestCaseData Variant(
        string key,
        string description,
        Action<FormParams> change,
        params (string Pointer, JsonNode? Value)[] expected) =>
        Variant(key, description, change, Provenance.Spec, expected);

    private static TestCaseData Variant(
        string key,
        string description,
        Action<FormParams> change,
        Provenance provenance,
        params (string Pointer, JsonNode? Value)[] expected)
    {
        var source = provenance == Provenance.Assumed ? Sources.Assumptions : Sources.SpecCreate;
        var info = new CheckInfo(
            "create.echoes_" + key,
            "create " + description,
            Categories.Shape,
            provenance,
            EchoRule,
            source)
        {
            RequiresState = true,
        };
        return CheckCase.Of(info, change, expected);
    }
}

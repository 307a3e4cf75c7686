using System.Text.Json.Nodes;
using CreditGrantConformance.Suite.Coverage;

namespace CreditGrantConformance.SelfTests.Coverage;

/// <summary>
/// The ledger read from a small archive: bracketed names counted at their parameter's place in the OpenAPI document,
/// enum values, limits at their edge, errors against the named list, nullable fields seen null and set.
/// </summary>
public sealed class CoverageLedgerTests
{
    private const string Grants = "http://127.0.0.1:1/v1/billing/credit_grants";

    private static readonly string[] SentParameters =
    [
        "amount.type", "amount.monetary.value", "category", "applicability_config.scope.prices[].id", "metadata",
        "name", "priority", "expand",
    ];

    private static readonly string[] SentEnumValues = ["amount.type=monetary", "category=paid"];
    private static readonly string[] NameLimit = ["name: at most 100 characters"];
    private static readonly string[] MissingAmount = ["400 invalid_request_error parameter_missing param amount"];
    private static readonly string[] NullAndSet = ["name", "priority"];
    private static readonly string[] Customer = ["customer"];
    private static readonly string[] Colour = ["colour"];

    private static readonly CoverageLedger Ledger = CoverageLedger.Of(HarExchange.Read(Har(
        Entry("POST", Grants, 200, """{"id":"credgr_1","name":null,"priority":5}""",
            ("amount[type]", "monetary"), ("amount[monetary][value]", "1"), ("category", "paid"),
            ("applicability_config[scope][prices][0][id]", "price_1"), ("metadata[tier]", "gold"),
            ("name", new string('n', 100)), ("priority", "101"), ("expand[]", "customer")),
        Entry("POST", Grants, 200, """{"id":"credgr_2","name":"set","priority":null}"""),
        Entry("POST", Grants, 400,
            """{"error":{"type":"invalid_request_error","code":"parameter_missing","param":"amount"}}""",
            ("colour", "blue")),
        Entry("GET", "http://127.0.0.1:1/v1/elsewhere", 404, "{}", ("limit", "1")))));

    [Test]
    public void Bracketed_names_are_counted_at_their_parameter_and_unknown_names_apart()
    {
        var create = Ledger.Operations.Single(o => o.Operation == "create");
        var sent = create.Of(CoverageKind.Parameter).Where(p => p.Exercised).Select(p => p.Name);

        Assert.Multiple(() =>
        {
            Assert.That(create.Requests, Is.EqualTo(3), "the unknown route is none of the ledger's");
            Assert.That(sent, Is.EquivalentTo(SentParameters));
            Assert.That(create.UnknownParameters, Is.EqualTo(Colour));
        });
    }

    [Test]
    public void Enum_values_limits_errors_and_nullable_fields_are_told_apart()
    {
        var create = Ledger.Operations.Single(o => o.Operation == "create");
        string[] Exercised(CoverageKind kind) =>
            [.. create.Of(kind).Where(i => i.Exercised).Select(i => i.Name)];

        Assert.Multiple(() =>
        {
            Assert.That(Exercised(CoverageKind.RequestEnumValue), Is.EquivalentTo(SentEnumValues));
            Assert.That(Exercised(CoverageKind.Limit), Is.EqualTo(NameLimit));
            Assert.That(
                create.Of(CoverageKind.Limit).Single(l => l.Name == "priority: at most 100").Detail,
                Is.EqualTo("at the edge 0, beyond it 1"));
            Assert.That(Exercised(CoverageKind.Error), Is.EqualTo(MissingAmount));
            Assert.That(Exercised(CoverageKind.NullableField), Is.SupersetOf(NullAndSet));
            Assert.That(Exercised(CoverageKind.Expansion), Is.EqualTo(Customer));
            Assert.That(
                Ledger.NeverExercised(CoverageKind.Parameter),
                Does.Contain("create amount.monetary.currency").And.Not.Contain("create customer_account"),
                "out of reach is not counted as never exercised");
        });
    }

    private static JsonObject Har(params JsonObject[] entries) =>
        new JsonObject { ["log"] = new JsonObject { ["entries"] = new JsonArray(entries) } };

    private static JsonObject Entry(
        string method,
        string url,
        int status,
        string body,
        params (string Name, string Value)[] pairs)
    {
        var list = new JsonArray([.. pairs.Select(p => (JsonNode?)new JsonObject
        {
            ["name"] = p.Name,
            ["value"] = p.Value,
        })]);
        return new JsonObject
        {
            ["request"] = new JsonObject
            {
                ["method"] = method,
                ["url"] = url,
                ["queryString"] = new JsonArray(),
                ["postData"] = new JsonObject { ["params"] = list },
            },
            ["response"] = new JsonObject { ["status"] = status, ["content"] = new JsonObject { ["text"] = body } },
        };
    }
}

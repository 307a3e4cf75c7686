using System.Text.Json.Nodes;
using CreditGrantConformance.Suite.Schemas;

namespace CreditGrantConformance.SelfTests.Schemas;

public sealed class SchemaCatalogTests
{
    // Our own example, written from the OpenAPI excerpt's billing.credit_grant: every field, nulls where nullable.
    // Its text, line breaks included, is part of the name NUnit gives the Valid_grants_pass case it feeds.
    private const string Grant =
        """{"id":"credgr_test_1","object":"billing.credit_grant","amount":"""
        + """{"type":"monetary","monetary":{"currency":"usd","value":1000}},""" + "\n"
        + """ "applicability_config":"""
        + """{"scope":{"price_type":"metered"}},"category":"paid","created":1726688796,"customer":"cus_1",""" + "\n"
        + """ "customer_account":null,"effective_at":1726688796,"expires_at":null,"livemode":false,"metadata":"""
        + """{"k":"v"},"name":null,""" + "\n"
        + """ "priority":50,"test_clock":null,"updated":1726688796,"voided_at":null}""";

    private static readonly string[] DriftPointers = ["/status", "/amount/monetary/precision"];
    private static readonly string[] ListItemViolations = ["/data/1/created: expected integer, got \"soon\" (string)"];
    private static readonly string[] ListItemDrift = ["/data/1/status"];

    private static IEnumerable<TestCaseData> Mutations()
    {
        yield return Case("missing required field", "/category", null, "/category", "required property 'category'");
        yield return Case("wrong type", "/created", "\"1726688796\"", "/created", "integer");
        yield return Case("null where not nullable", "/livemode", "null", "/livemode", "boolean");
        yield return Case("bad object enum", "/object", "\"credit_grant\"", "/object", "\"billing.credit_grant\"");
        yield return Case("bad category", "/category", "\"free\"", "/category", "\"paid\", \"promotional\"");
        yield return Case("bad amount type", "/amount/type", "\"points\"", "/amount/type", "\"monetary\"");
        yield return Case("bad price type", "/applicability_config/scope/price_type", "\"licensed\"",
            "/applicability_config/scope/price_type", "\"metered\"");
        yield return Case("value as string", "/amount/monetary/value", "\"1000\"", "/amount/monetary/value", "integer");
        yield return Case("priority as string", "/priority", "\"50\"", "/priority", "integer or null");
        yield return Case("metadata value not a string", "/metadata/k", "5", "/metadata/k", "string");
        yield return Case("metadata value over 500 characters", "/metadata/k", "\"" + new string('v', 501) + "\"",
            "/metadata/k", "at most 500");
        yield return Case("missing monetary currency", "/amount/monetary/currency", null,
            "/amount/monetary/currency", "required property 'currency'");
        yield return Case("expanded customer with a number id", "/customer", """{"id":5,"object":"customer"}""",
            "/customer/id", "string");
        yield return Case("deleted customer without its id", "/customer", """{"object":"customer","deleted":true}""",
            "/customer/id", "required property 'id'");
        yield return Case("price id as a number", "/applicability_config/scope",
            """{"prices":[{"id":"price_1"},{"id":5}]}""", "/applicability_config/scope/prices/1/id", "string or null");
    }

    [Test]
    public void Every_schema_kind_loads_from_the_schemas_folder()
    {
        var catalog = SchemaCatalog.Load(Path.Combine(AppContext.BaseDirectory, "schemas"));

        Assert.That(
            Enum.GetValues<SchemaKind>().Select(k => catalog.Validate(k, "{}").Violations.Count),
            Is.All.GreaterThan(0));
    }

    [Test]
    public void A_missing_schema_file_is_named_in_the_error()
    {
        var empty = Directory.CreateTempSubdirectory().FullName;

        Assert.That(
            () => SchemaCatalog.Load(empty),
            Throws.InstanceOf<FileNotFoundException>().With.Message.Contains("credit_grant.schema.json"));
    }

    [TestCase(Grant)]
    [TestCase(
        """{"id":"credgr_test_2","object":"billing.credit_grant","amount":"""
        + """{"type":"monetary","monetary":null},"applicability_config":"""
        + """{"scope":{"prices":[{"id":"price_1"},{"id":null}]}},"category":"promotional","created":1,"customer":"""
        + """{"id":"cus_1","object":"customer","email":null},"livemode":true,"metadata":{},"updated":2}""")]
    [TestCase(
        """{"id":"credgr_test_3","object":"billing.credit_grant","amount":"""
        + """{"type":"monetary"},"applicability_config":{"scope":{}},"category":"paid","created":1,"customer":"""
        + """{"id":"cus_1","object":"customer","deleted":true},"livemode":false,"metadata":"""
        + """{},"updated":2,"test_clock":"clock_1"}""")]
    public void Valid_grants_pass(string json) =>
        Assert.That(SchemaCatalog.Default.Validate(SchemaKind.CreditGrant, json).Violations, Is.Empty);

    [TestCaseSource(nameof(Mutations))]
    public void A_grant_broken_in_one_place_is_reported_at_that_pointer(
        string pointer,
        string? replacement,
        string expectedPointer,
        string expected)
    {
        var report = SchemaCatalog.Default.Validate(SchemaKind.CreditGrant, Mutate(pointer, replacement));

        Assert.That(
            report.Violations,
            Has.Some.Matches<SchemaViolation>(
                v => v.Pointer == expectedPointer && v.Expected.Contains(expected, StringComparison.Ordinal)),
            string.Join("; ", report.Violations));
    }

    [Test]
    public void A_violation_reads_pointer_expected_and_actual()
    {
        var violation = SchemaCatalog.Default
            .Validate(SchemaKind.CreditGrant, Mutate("/created", "\"soon\""))
            .Violations.Single();

        Assert.That(violation.ToString(), Is.EqualTo("/created: expected integer, got \"soon\" (string)"));
    }

    [Test]
    public void Fields_the_schema_does_not_declare_are_drift_not_violations()
    {
        var node = JsonNode.Parse(Grant)!;
        node["status"] = "active";
        node["amount"]!["monetary"]!["precision"] = 2;

        var report = SchemaCatalog.Default.Validate(SchemaKind.CreditGrant, node.ToJsonString());

        Assert.Multiple(() =>
        {
            Assert.That(report.IsValid, Is.True);
            Assert.That(report.UnknownFields, Is.EquivalentTo(DriftPointers));
        });
    }

    [TestCase("""{"id":"cus_1","object":"customer","email":null,"tax_ids":[]}""", "/customer/tax_ids")]
    [TestCase("""{"id":"cus_1","object":"customer","deleted":true,"purged_at":1}""", "/customer/purged_at")]
    [TestCase("\"cus_1\"", null)]
    public void Drift_follows_the_anyOf_branch_the_value_matches(string customer, string? drift)
    {
        var report = SchemaCatalog.Default.Validate(SchemaKind.CreditGrant, Mutate("/customer", customer));

        Assert.Multiple(() =>
        {
            Assert.That(report.Violations, Is.Empty);
            Assert.That(report.UnknownFields, Is.EqualTo(drift is null ? Array.Empty<string>() : new[] { drift }));
        });
    }

    [Test]
    public void Drift_is_found_in_a_response_that_also_breaks_its_schema_and_in_every_item_of_a_list()
    {
        var grant = JsonNode.Parse(Mutate("/created", "\"soon\""))!;
        grant["status"] = "active";
        var list = $$"""{"object":"list","data":[{{Grant}},{{grant.ToJsonString()}}],"has_more":"""
            + """false,"url":"/v1/billing/credit_grants"}""";

        var report = SchemaCatalog.Default.Validate(SchemaKind.CreditGrantList, list);

        Assert.Multiple(() =>
        {
            Assert.That(report.Violations.Select(v => v.ToString()), Is.EqualTo(ListItemViolations));
            Assert.That(report.UnknownFields, Is.EqualTo(ListItemDrift));
        });
    }

    [Test]
    public void A_reference_that_does_not_resolve_stops_the_load_and_names_the_file()
    {
        var folder = Directory.CreateTempSubdirectory().FullName;
        foreach (var kind in Enum.GetValues<SchemaKind>())
        {
            File.Copy(
                Path.Combine(AppContext.BaseDirectory, "schemas", SchemaCatalog.FileName(kind)),
                Path.Combine(folder, SchemaCatalog.FileName(kind)));
        }

        var path = Path.Combine(folder, SchemaCatalog.FileName(SchemaKind.CreditGrant));
        File.WriteAllText(
            path,
            File.ReadAllText(path).Replace("#/$defs/scope", "#/$defs/scopes", StringComparison.Ordinal));

        Assert.That(() => SchemaCatalog.Load(folder),
            Throws.InstanceOf<InvalidDataException>()
                .With.Message.Contains("credit_grant.schema.json")
                .And.Message.Contains("#/$defs/scopes"));
    }

    [TestCase(SchemaKind.CreditGrantList,
        """{"object":"list","data":[],"has_more":false,"url":"/v1/billing/credit_grants"}""", true)]
    [TestCase(SchemaKind.CreditGrantList,
        """{"object":"list","data":[],"has_more":false,"url":"/v1/customers"}""", false)]
    [TestCase(SchemaKind.Error,
        """{"error":{"type":"invalid_request_error","code":"parameter_missing","param":"amount","message":"Missing"""
            + """ required param: amount."}}""", true)]
    [TestCase(SchemaKind.Error, """{"error":{"message":"no type"}}""", false)]
    [TestCase(SchemaKind.Error, """{"message":"not wrapped","type":"invalid_request_error"}""", false)]
    [TestCase(SchemaKind.DeletedCustomer, """{"id":"cus_1","object":"customer","deleted":true}""", true)]
    public void Lists_errors_and_customers_are_judged_by_their_schemas(SchemaKind kind, string json, bool valid) =>
        Assert.That(SchemaCatalog.Default.Validate(kind, json).IsValid, Is.EqualTo(valid));

    [Test]
    public void Text_that_is_not_json_is_a_violation_not_an_exception()
    {
        var report = SchemaCatalog.Default.Validate(SchemaKind.CreditGrant, "<html>");

        Assert.That(report.Violations.Single().Expected, Is.EqualTo("a JSON document"));
    }

    [Test]
    public void The_credit_grant_schema_declares_the_specs_fields_and_required_list()
    {
        // billing.credit_grant in the OpenAPI excerpt (spec 2026-07-29.dahlia).
        string[] properties =
        [
            "amount", "applicability_config", "category", "created", "customer", "customer_account", "effective_at",
            "expires_at", "id", "livemode", "metadata", "name", "object", "priority", "test_clock", "updated",
            "voided_at",
        ];
        string[] required =
        [
            "amount", "applicability_config", "category", "created", "customer", "id", "livemode", "metadata", "object",
            "updated",
        ];
        var schema = JsonNode.Parse(
            File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "schemas", "credit_grant.schema.json")))!;

        Assert.Multiple(() =>
        {
            Assert.That(schema["properties"]!.AsObject().Select(p => p.Key), Is.EquivalentTo(properties));
            Assert.That(schema["required"]!.AsArray().Select(r => r!.ToString()), Is.EquivalentTo(required));
        });
    }

    private static string Mutate(string pointer, string? replacement)
    {
        var root = JsonNode.Parse(Grant)!;
        var parts = pointer.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var parent = parts[..^1].Aggregate(root, (node, part) => node[part]!).AsObject();
        if (replacement is null)
        {
            parent.Remove(parts[^1]);
        }
        else
        {
            parent[parts[^1]] = JsonNode.Parse(replacement);
        }

        return root.ToJsonString();
    }

    private static TestCaseData Case(
        string name,
        string pointer,
        string? replacement,
        string expectedPointer,
        string expected) =>
        new TestCaseData(pointer, replacement, expectedPointer, expected).SetName("Schema: " + name);
}

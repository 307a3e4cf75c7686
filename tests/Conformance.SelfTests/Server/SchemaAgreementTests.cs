using CreditGrantConformance.Suite.Schemas;

namespace CreditGrantConformance.SelfTests.Server;

/// <summary>
/// The reference server's answers match the schemas written from Stripe's OpenAPI excerpt, with no field the spec
/// does not know.
/// </summary>
public sealed class SchemaAgreementTests : ServerFixture
{
    [Test]
    public async Task A_created_grant_matches_the_credit_grant_schema_exactly()
    {
        var grant = await GrantAsync("&name=n&priority=3&metadata[a]=b&expand[]=customer");

        AssertMatches(SchemaKind.CreditGrant, grant.ToJsonString());
    }

    [Test]
    public async Task A_grant_scoped_to_prices_matches_the_schema()
    {
        var customer = await CustomerAsync();
        var (_, json, _) = await PostAsync(
            "/v1/billing/credit_grants",
            "amount[type]=monetary&amount[monetary][currency]=eur&amount[monetary][value]=5"
            + $"&applicability_config[scope][prices][0][id]=price_a&customer={customer}");

        AssertMatches(SchemaKind.CreditGrant, json!.ToJsonString());
    }

    [Test]
    public async Task A_list_matches_the_list_schema()
    {
        await GrantAsync();

        var (_, list) = await GetAsync("/v1/billing/credit_grants?limit=2&expand[]=data.customer");

        AssertMatches(SchemaKind.CreditGrantList, list!.ToJsonString());
    }

    [Test]
    public async Task An_error_matches_the_error_schema()
    {
        var (_, error, _) = await PostAsync("/v1/billing/credit_grants", "colour=blue");

        AssertMatches(SchemaKind.Error, error!.ToJsonString());
    }

    [Test]
    public async Task Customers_and_deleted_customers_match_their_schemas()
    {
        var customer = await CustomerAsync();
        var live = (await GetAsync("/v1/customers/" + customer)).Json!;
        var deleted = await Http.DeleteAsync("v1/customers/" + customer);

        AssertMatches(SchemaKind.Customer, live.ToJsonString());
        AssertMatches(SchemaKind.DeletedCustomer, await deleted.Content.ReadAsStringAsync());
    }

    private static void AssertMatches(SchemaKind kind, string json)
    {
        var report = SchemaCatalog.Default.Validate(kind, json);
        Assert.Multiple(() =>
        {
            Assert.That(report.Violations, Is.Empty, json);
            Assert.That(report.UnknownFields, Is.Empty, json);
        });
    }
}

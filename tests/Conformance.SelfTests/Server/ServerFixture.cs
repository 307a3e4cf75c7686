using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using CreditGrantConformance.ReferenceServer;

namespace CreditGrantConformance.SelfTests.Server;

/// <summary>
/// One clean reference server per fixture, spoken to with a plain HttpClient so these tests do not depend on the
/// suite's client.
/// </summary>
public abstract class ServerFixture
{
    protected const string Key = "sk_test_serverSelfTest";

    protected RunningReferenceServer Server { get; private set; } = null!;

    protected HttpClient Http { get; private set; } = null!;

    [OneTimeSetUp]
    public async Task StartServerAsync()
    {
        Server = await ReferenceServerHost.StartAsync();
        Http = new HttpClient { BaseAddress = Server.BaseUrl };
        Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Key);
    }

    [OneTimeTearDown]
    public async Task StopServerAsync()
    {
        Http.Dispose();
        await Server.DisposeAsync();
    }

    protected async Task<(int Status, JsonNode? Json, HttpResponseMessage Response)> PostAsync(
        string path,
        string form,
        string contentType = "application/x-www-form-urlencoded")
    {
        using var content = new StringContent(form, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        var response = await Http.PostAsync(path.TrimStart('/'), content);
        return ((int)response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync()), response);
    }

    protected async Task<(int Status, JsonNode? Json)> GetAsync(string path)
    {
        var response = await Http.GetAsync(path.TrimStart('/'));
        return ((int)response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync()));
    }

    protected async Task<string> CustomerAsync() =>
        (await PostAsync("/v1/customers", "email=a%40example.com")).Json!["id"]!.ToString();

    protected async Task<JsonNode> GrantAsync(string extra = "")
    {
        var customer = await CustomerAsync();
        var (status, json, _) = await PostAsync(
            "/v1/billing/credit_grants",
            "amount[type]=monetary&amount[monetary][currency]=usd&amount[monetary][value]=1000"
            + $"&applicability_config[scope][price_type]=metered&customer={customer}{extra}");
        Assert.That(status, Is.EqualTo(200), json?.ToJsonString());
        return json!;
    }
}

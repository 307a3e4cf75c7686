using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CreditGrantConformance.SelfTests.Server;

/// <summary>
/// Malformed requests, hand-picked and generated from a fixed seed: the reference server always answers a
/// Stripe-shaped 4xx (never a 5xx, never a dropped connection) and keeps answering correctly afterwards.
/// </summary>
public sealed class FuzzTests : ServerFixture
{
    private const int GeneratedCases = 300;

    private static IEnumerable<TestCaseData> Requests()
    {
        yield return Case("deeply nested brackets", "POST",
            "amount" + string.Concat(Enumerable.Repeat("[a]", 300)) + "=1");
        yield return Case("a body over one megabyte", "POST", "name=" + new string('x', 1_100_000));
        yield return Case("a value of 100 000 characters", "POST",
            "amount[type]=monetary&amount[monetary][currency]=usd&amount[monetary][value]=1"
            + "&applicability_config[scope][price_type]=metered&name=" + new string('n', 100_000));
        yield return Case("an integer beyond 64 bits", "POST",
            "amount[type]=monetary&amount[monetary][currency]=usd&amount[monetary][value]=99999999999999999999999"
            + "&applicability_config[scope][price_type]=metered");
        yield return Case("an empty name", "POST", "=x");
        yield return Case("only separators", "POST", "&&&==&");
        yield return Case("a broken escape", "POST", "name=%zz%4");
        yield return Case("a NUL byte", "POST", "name=a%00b");
        yield return Case("an array index gap", "POST",
            "applicability_config[scope][prices][5][id]=p&applicability_config[scope][prices][0][id]=q");
        yield return Case("text/plain body", "POST", "amount[type]=monetary", "text/plain");
        yield return Case("multipart body", "POST",
            "--x\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1\r\n--x--", "multipart/form-data; boundary=x");
        yield return Case("PUT on the collection", "PUT", "name=x");
        yield return Case("PATCH on a grant", "PATCH", "name=x", path: "/v1/billing/credit_grants/credgr_test_x");
        yield return Case("DELETE on a grant", "DELETE", "", path: "/v1/billing/credit_grants/credgr_test_x");
        yield return Case("a query with conflicting brackets", "GET", "",
            path: "/v1/billing/credit_grants?limit=1&limit[x]=2");
        yield return Case("a path id of 6000 characters", "GET", "",
            path: "/v1/billing/credit_grants/" + new string('i', 6000));
    }

    [TestCaseSource(nameof(Requests))]
    public async Task A_malformed_request_gets_a_stripe_shaped_4xx_and_the_server_keeps_answering(
        string method,
        string path,
        string body,
        string contentType)
    {
        var (status, json) = await SendAsync(method, path, body, contentType);

        await AssertStripe4xxAsync(status, json, $"{method} {path[..Math.Min(path.Length, 60)]}");
    }

    [Test]
    public async Task Generated_bodies_from_a_fixed_seed_never_get_a_5xx()
    {
        var random = new Random(20261123);
        var pieces = new[]
        {
            "amount", "[", "]", "[]", "=", "&", "%", "%C3", "%FF", "+", "monetary", "metadata", "0", "value", "é",
            "🎁", "\u0000", "expand", "customer", "''", "\"",
        };
        var failures = new List<string>();
        for (var i = 0; i < GeneratedCases; i++)
        {
            var body = string.Concat(
                Enumerable.Range(0, random.Next(1, 25)).Select(_ => pieces[random.Next(pieces.Length)]));
            var (status, json) = await SendAsync(
                "POST", "/v1/billing/credit_grants", body, "application/x-www-form-urlencoded");
            if (status >= 500 || json?["error"]?["type"] is null)
            {
                failures.Add($"{status} for body {JsonSerializer.Serialize(body)}");
            }
        }

        Assert.That(failures, Is.Empty);
        await AssertServerStillAnswersAsync();
    }

    [Test]
    public async Task Concurrent_voids_of_one_grant_succeed_exactly_once()
    {
        var id = (await GrantAsync())["id"]!.ToString();

        var answers = await Task.WhenAll(
            Enumerable.Range(0, 16).Select(_ => PostAsync($"/v1/billing/credit_grants/{id}/void", "")));

        Assert.Multiple(() =>
        {
            Assert.That(answers.Count(a => a.Status == 200), Is.EqualTo(1));
            Assert.That(answers.Count(a => a.Status == 400), Is.EqualTo(15));
        });
    }

    [Test]
    public async Task Concurrent_creates_with_one_idempotency_key_create_one_grant()
    {
        var customer = await CustomerAsync();
        var body = "amount[type]=monetary&amount[monetary][currency]=usd&amount[monetary][value]=7"
            + $"&applicability_config[scope][price_type]=metered&customer={customer}";

        var answers = await Task.WhenAll(Enumerable.Range(0, 16).Select(async _ =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "v1/billing/credit_grants")
            {
                Content = new StringContent(body, Encoding.UTF8, "application/x-www-form-urlencoded"),
            };
            request.Headers.Add("Idempotency-Key", "concurrent-" + customer);
            var response = await Http.SendAsync(request);
            return (int)response.StatusCode;
        }));
        var (_, list) = await GetAsync($"/v1/billing/credit_grants?customer={customer}");

        Assert.Multiple(() =>
        {
            Assert.That(answers, Is.All.AnyOf(200, 409));
            Assert.That(list!["data"]!.AsArray(), Has.Count.EqualTo(1));
        });
    }

    private async Task<(int Status, JsonNode? Json)> SendAsync(
        string method,
        string path,
        string body,
        string contentType)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path.TrimStart('/'));
        if (body.Length > 0 || method is "POST" or "PUT" or "PATCH")
        {
            request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }

        using var response = await Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        try
        {
            return ((int)response.StatusCode, JsonNode.Parse(text));
        }
        catch (JsonException)
        {
            return ((int)response.StatusCode, null);
        }
    }

    private async Task AssertStripe4xxAsync(int status, JsonNode? json, string what)
    {
        Assert.Multiple(() =>
        {
            Assert.That(status, Is.InRange(400, 499), what);
            Assert.That(json?["error"]?["type"]?.ToString(), Is.EqualTo("invalid_request_error"), what);
            Assert.That(json?["error"]?["message"]?.ToString(), Is.Not.Empty, what);
        });
        await AssertServerStillAnswersAsync();
    }

    private async Task AssertServerStillAnswersAsync()
    {
        var grant = await GrantAsync();
        var (status, _) = await GetAsync($"/v1/billing/credit_grants/{grant["id"]}");
        Assert.That(status, Is.EqualTo(200), "the server must keep answering correctly");
    }

    private static TestCaseData Case(
        string name,
        string method,
        string body,
        string contentType = "application/x-www-form-urlencoded",
        string path = "/v1/billing/credit_grants") =>
        new TestCaseData(method, path, body, contentType).SetName("Fuzz: " + name);
}

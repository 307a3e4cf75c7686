namespace CreditGrantConformance.SelfTests.Server;

/// <summary>Bad input gets a Stripe-shaped 4xx, never a 5xx, and the server keeps answering.</summary>
public sealed class MalformedRequestTests : ServerFixture
{
    private static IEnumerable<TestCaseData> Bodies()
    {
        yield return new TestCaseData("amount=1&amount[type]=monetary", "application/x-www-form-urlencoded", "amount")
            .SetName("a value and an object under one name");
        yield return new TestCaseData("amount[type=monetary", "application/x-www-form-urlencoded", null)
            .SetName("unbalanced brackets");
        yield return new TestCaseData("expand[]=a&expand[x]=b", "application/x-www-form-urlencoded", "expand")
            .SetName("an array and an object under one name");
        yield return new TestCaseData("name=%FF%FE", "application/x-www-form-urlencoded", null)
            .SetName("bytes that are not UTF-8");
        yield return new TestCaseData("{\"amount\":1}", "application/json", null).SetName("a JSON body");
        yield return new TestCaseData("[x]=1", "application/x-www-form-urlencoded", null)
            .SetName("a name that starts with a bracket");
    }

    [TestCaseSource(nameof(Bodies))]
    public async Task A_malformed_create_is_a_400_invalid_request_error(string body, string contentType, string? param)
    {
        var (status, json, _) = await PostAsync("/v1/billing/credit_grants", body, contentType);
        var (after, _) = await GetAsync("/v1/billing/credit_grants?limit=1");

        Assert.Multiple(() =>
        {
            Assert.That(status, Is.EqualTo(400), json?.ToJsonString());
            Assert.That(json?["error"]?["type"]?.ToString(), Is.EqualTo("invalid_request_error"));
            Assert.That(json?["error"]?["message"]?.ToString(), Is.Not.Empty);
            Assert.That(after, Is.EqualTo(200), "the server must keep answering");
        });
        if (param is not null)
        {
            Assert.That(json?["error"]?["param"]?.ToString(), Is.EqualTo(param));
        }
    }

    [Test]
    public async Task Concurrent_metadata_updates_of_one_grant_all_land()
    {
        var grant = await GrantAsync();
        var id = grant["id"]!.ToString();

        await Task.WhenAll(
            Enumerable.Range(0, 20).Select(i => PostAsync($"/v1/billing/credit_grants/{id}", $"metadata[k{i}]=v")));
        var (_, json) = await GetAsync($"/v1/billing/credit_grants/{id}");

        Assert.That(json!["metadata"]!.AsObject(), Has.Count.EqualTo(20));
    }
}

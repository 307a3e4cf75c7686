using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace CreditGrantConformance.SelfTests.Server.Ledger;

/// <summary>
/// Plain HTTP to a reference server for the clock and ledger tests: clocks, customers on them, grants, the summary and
/// the transactions, as an integrator would call them.
/// </summary>
public sealed class LedgerClient(HttpClient http)
{
    public const long T = 1_700_000_000;
    public const long Hour = 3600;

    public async Task<(int Status, JsonNode Json)> SendAsync(HttpMethod method, string path, string form = "")
    {
        using var request = new HttpRequestMessage(method, path.TrimStart('/'));
        if (method == HttpMethod.Post)
        {
            request.Content = new StringContent(form, Encoding.UTF8);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded");
        }

        using var response = await http.SendAsync(request);
        return ((int)response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
    }

    public Task<(int Status, JsonNode Json)> PostAsync(string path, string form) =>
        SendAsync(HttpMethod.Post, path, form);

    public Task<(int Status, JsonNode Json)> GetAsync(string path) => SendAsync(HttpMethod.Get, path);

    public async Task<string> ClockAsync(long frozenTime = T) =>
        Id(await PostAsync("/v1/test_helpers/test_clocks", $"frozen_time={frozenTime}"));

    public async Task<string> CustomerAsync(string? clock = null) =>
        Id(await PostAsync("/v1/customers", clock is null ? "" : $"test_clock={clock}"));

    /// <summary>A clock frozen at <see cref="T"/> and a customer on it.</summary>
    public async Task<(string Clock, string Customer)> ClockCustomerAsync()
    {
        var clock = await ClockAsync(T);
        return (clock, await CustomerAsync(clock));
    }

    /// <summary>A metered grant of <paramref name="value"/> for the customer, with any further parameters.</summary>
    public async Task<JsonNode> GrantAsync(
        string customer,
        string extra = "",
        long value = 1000,
        string currency = "usd")
    {
        var (status, json) = await PostAsync(
            "/v1/billing/credit_grants",
            $"amount[type]=monetary&amount[monetary][currency]={currency}&amount[monetary][value]={value}"
            + $"&applicability_config[scope][price_type]=metered&customer={customer}{extra}");
        Assert.That(status, Is.EqualTo(200), json.ToJsonString());
        return json;
    }

    /// <summary>The available balance per currency; the ledger balance is checked to agree.</summary>
    public async Task<IReadOnlyDictionary<string, long>> AvailableAsync(string customer, string filter)
    {
        var (status, json) = await GetAsync($"/v1/billing/credit_balance_summary?customer={customer}&{filter}");
        Assert.That(status, Is.EqualTo(200), json.ToJsonString());
        return json["balances"]!.AsArray().ToDictionary(
            b => b!["available_balance"]!["monetary"]!["currency"]!.ToString(),
            b => b!["available_balance"]!["monetary"]!["value"]!.GetValue<long>());
    }

    public async Task<long> AvailableForGrantAsync(string customer, string grant) =>
        (await AvailableAsync(customer, $"filter[type]=credit_grant&filter[credit_grant]={grant}"))
            .Values.DefaultIfEmpty(0).Sum();

    /// <summary>The grant's transactions, newest first, as (credit or debit, the credit or debit type).</summary>
    public async Task<IReadOnlyList<(string Type, string Kind)>> TransactionsAsync(string customer, string? grant)
    {
        var (status, json) = await GetAsync(
            $"/v1/billing/credit_balance_transactions?customer={customer}&limit=100"
            + (grant is null ? "" : $"&credit_grant={grant}"));
        Assert.That(status, Is.EqualTo(200), json.ToJsonString());
        return json["data"]!.AsArray()
            .Select(t => (t!["type"]!.ToString(), (t["credit"] ?? t["debit"])!["type"]!.ToString()))
            .ToList();
    }

    /// <summary>Advances the clock and polls until it is ready again; the clock as it then reads.</summary>
    public async Task<JsonNode> AdvanceAsync(string clock, long frozenTime, int pollMilliseconds = 3000)
    {
        var (status, json) = await PostAsync(
            $"/v1/test_helpers/test_clocks/{clock}/advance", $"frozen_time={frozenTime}");
        Assert.That(status, Is.EqualTo(200), json.ToJsonString());
        return await ReadyAsync(clock, pollMilliseconds);
    }

    /// <summary>Polls the clock until its status is ready, or the time is up; the clock as last read.</summary>
    public async Task<JsonNode> ReadyAsync(string clock, int pollMilliseconds)
    {
        var until = DateTime.UtcNow.AddMilliseconds(pollMilliseconds);
        while (true)
        {
            var (_, json) = await GetAsync($"/v1/test_helpers/test_clocks/{clock}");
            if (json["status"]?.ToString() != "advancing" || DateTime.UtcNow > until)
            {
                return json;
            }

            await Task.Delay(50);
        }
    }

    private static string Id((int Status, JsonNode Json) answer)
    {
        Assert.That(answer.Status, Is.EqualTo(200), answer.Json.ToJsonString());
        return answer.Json["id"]!.ToString();
    }
}

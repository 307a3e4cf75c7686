using System.Collections.Concurrent;
using CreditGrantConformance.Client;

namespace CreditGrantConformance.SelfTests.Client;

public sealed class StripeClientTests
{
    private const string Key = "sk_test_clientSelfTest0001";
    private ScriptedServer server = null!;
    private Log log = null!;

    [SetUp]
    public async Task StartAsync()
    {
        server = await ScriptedServer.StartAsync();
        log = new Log();
    }

    [TearDown]
    public async Task StopAsync() => await server.DisposeAsync();

    [Test]
    public async Task A_post_sends_auth_version_account_a_generated_idempotency_key_and_a_form_body()
    {
        using var client = Client(new ClientOptions
        {
            BaseUrl = server.BaseUrl,
            ApiKey = Key,
            StripeVersion = "2026-07-29.dahlia",
            StripeAccount = "acct_123",
        });

        await client.SendAsync(new StripeRequest(HttpMethod.Post, "/v1/billing/credit_grants")
        {
            Params = new FormParams { ["amount"] = new FormParams { ["type"] = "monetary" } },
        });

        var received = server.Requests.Single();
        Assert.Multiple(() =>
        {
            Assert.That(received.Headers["Authorization"], Is.EqualTo("Bearer " + Key));
            Assert.That(received.Headers["Stripe-Version"], Is.EqualTo("2026-07-29.dahlia"));
            Assert.That(received.Headers["Stripe-Account"], Is.EqualTo("acct_123"));
            Assert.That(received.Headers["Idempotency-Key"], Does.StartWith("cgc_"));
            Assert.That(received.Headers["Content-Type"], Does.StartWith("application/x-www-form-urlencoded"));
            Assert.That(received.Body, Is.EqualTo("amount[type]=monetary"));
        });
    }

    [Test]
    public async Task A_get_sends_parameters_in_the_query_and_no_idempotency_key()
    {
        using var client = Client();

        await client.SendAsync(new StripeRequest(HttpMethod.Get, "/v1/billing/credit_grants")
        {
            Params = new FormParams { ["limit"] = 3, ["expand"] = new List<object?> { "data.customer" } },
        });

        var received = server.Requests.Single();
        Assert.Multiple(() =>
        {
            Assert.That(received.PathAndQuery, Is.EqualTo("/v1/billing/credit_grants?limit=3&expand[]=data.customer"));
            Assert.That(received.Headers.ContainsKey("Idempotency-Key"), Is.False);
        });
    }

    [Test]
    public async Task Retries_on_429_and_503_reuse_the_idempotency_key_and_honour_retry_after()
    {
        server.Then(429, """{"error":{"type":"invalid_request_error","code":"rate_limit"}}""", ("Retry-After", "0"));
        server.Then(503, """{"error":{"type":"api_error"}}""");
        server.Then(200, """{"id":"credgr_1"}""");
        using var client = Client();

        var response = await client.SendAsync(
            new StripeRequest(HttpMethod.Post, "/v1/billing/credit_grants") { IdempotencyKey = "key-1" });

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(200));
            Assert.That(response.Attempts, Is.EqualTo(3));
            Assert.That(
                server.Requests.Select(r => r.Headers["Idempotency-Key"]).Distinct().ToList(),
                Has.Count.EqualTo(1).And.Contains("key-1"));
            Assert.That(
                log.Exchanges.Select(e => e.Attempt).ToList(),
                Is.Ordered.And.Unique.And.Count.EqualTo(3));
        });
    }

    [TestCase(400, null, 1)]
    [TestCase(404, null, 1)]
    [TestCase(503, "false", 1)]
    [TestCase(409, "true", 2)]
    [TestCase(500, null, 2)]
    public async Task Only_429_5xx_or_Stripe_Should_Retry_true_are_retried(
        int status,
        string? shouldRetry,
        int attempts)
    {
        server.Then(status, "{}", shouldRetry is null ? [] : [("Stripe-Should-Retry", shouldRetry)]);
        using var client = Client();

        var response = await client.SendAsync(new StripeRequest(HttpMethod.Get, "/v1/x"));

        Assert.That(response.Attempts, Is.EqualTo(attempts));
    }

    [Test]
    public async Task NoRetry_returns_the_first_answer()
    {
        server.Then(503);
        using var client = Client();

        var response = await client.SendAsync(new StripeRequest(HttpMethod.Get, "/v1/x") { NoRetry = true });

        Assert.That((response.StatusCode, response.Attempts), Is.EqualTo((503, 1)));
    }

    [Test]
    public async Task A_target_that_does_not_answer_raises_a_transport_error_after_the_retries()
    {
        var closed = server.BaseUrl;
        await server.DisposeAsync();
        server = await ScriptedServer.StartAsync();
        using var client = Client(new ClientOptions
        {
            BaseUrl = closed,
            ApiKey = Key,
            MaxRetries = 1,
            InitialRetryDelay = TimeSpan.FromMilliseconds(1),
        });

        var error = Assert.ThrowsAsync<StripeTransportException>(
            () => client.SendAsync(new StripeRequest(HttpMethod.Get, "/v1/x")));

        Assert.Multiple(() =>
        {
            Assert.That(error!.LastExchange.Attempt, Is.EqualTo(2));
            Assert.That(error.LastExchange.StatusCode, Is.Null);
            Assert.That(error.LastExchange.TransportError, Is.Not.Empty);
        });
    }

    [Test]
    public async Task The_exchange_log_is_redacted_and_keeps_request_id_and_bodies()
    {
        server.Then(
            401,
            """{"error":{"message":"Invalid API Key provided: sk_test_****0001"}}""",
            ("Request-Id", "req_abc"));
        using var client = Client();

        await client.SendAsync(new StripeRequest(HttpMethod.Post, "/v1/customers")
        {
            Params = new FormParams { ["description"] = "key " + Key },
        });

        var exchange = log.Exchanges.Single();
        Assert.Multiple(() =>
        {
            Assert.That(
                exchange.RequestHeaders.Single(h => h.Key == "Authorization").Value,
                Is.EqualTo("Bearer " + Redactor.Mask));
            Assert.That(exchange.RequestBody, Does.Not.Contain(Key).And.Contain("sk_test_[REDACTED]"));
            Assert.That(exchange.RequestId, Is.EqualTo("req_abc"));
            Assert.That(exchange.StatusCode, Is.EqualTo(401));
            Assert.That(exchange.ResponseBody, Does.Contain("Invalid API Key"));
        });
    }

    [Test]
    public async Task A_body_that_is_not_json_is_kept_as_text_and_parses_to_null()
    {
        server.Then(200, "<html>oops</html>");
        using var client = Client();

        var response = await client.SendAsync(new StripeRequest(HttpMethod.Get, "/v1/x"));

        Assert.Multiple(() =>
        {
            Assert.That(response.Json, Is.Null);
            Assert.That(response.Body, Is.EqualTo("<html>oops</html>"));
        });
    }

    [Test]
    public async Task Basic_auth_sends_the_key_as_user_name_and_none_sends_nothing()
    {
        using var client = Client();

        await client.SendAsync(new StripeRequest(HttpMethod.Get, "/v1/x") { Auth = AuthScheme.Basic });
        await client.SendAsync(new StripeRequest(HttpMethod.Get, "/v1/x") { Auth = AuthScheme.None });

        var received = server.Requests.ToList();
        Assert.Multiple(() =>
        {
            Assert.That(
                received[0].Headers["Authorization"],
                Is.EqualTo("Basic " + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(Key + ":"))));
            Assert.That(received[1].Headers.ContainsKey("Authorization"), Is.False);
        });
    }

    private StripeClient Client(ClientOptions? options = null) =>
        new(
            options ?? new ClientOptions
            {
                BaseUrl = server.BaseUrl,
                ApiKey = Key,
                InitialRetryDelay = TimeSpan.FromMilliseconds(1),
            },
            new RequestRateLimiter(1000),
            log);

    private sealed class Log : IExchangeSink
    {
        private readonly ConcurrentQueue<Exchange> exchanges = new();

        public IReadOnlyList<Exchange> Exchanges => exchanges.ToList();

        public void Record(Exchange exchange) => exchanges.Enqueue(exchange);
    }
}

using System.Text;
using CreditGrantConformance.ReferenceServer.Infrastructure;
using CreditGrantConformance.ReferenceServer.Rules;
using Microsoft.AspNetCore.Http;

namespace CreditGrantConformance.SelfTests.Server;

/// <summary>
/// The reference server's idempotency layer while the first request with a key is still running: another request
/// with that key is refused with 409 idempotency_key_in_use and saves nothing; once the first has answered, the key
/// replays its answer.
/// </summary>
public sealed class IdempotencyInFlightTests
{
    private const string Key = "in-flight-key";

    [Test]
    public async Task A_request_under_a_key_still_running_is_refused_409_and_replays_once_it_has_answered()
    {
        var running = new TaskCompletionSource();
        var runs = 0;
        var middleware = new IdempotencyMiddleware(
            async context =>
            {
                Interlocked.Increment(ref runs);
                await running.Task;
                context.Response.StatusCode = 200;
                await context.Response.WriteAsync("""{"id":"credgr_1"}""");
            },
            new IdempotencyStore());

        var first = middleware.InvokeAsync(Request());
        var conflict = Assert.ThrowsAsync<ApiException>(() => middleware.InvokeAsync(Request()));
        running.SetResult();
        await first;
        var replay = Request();
        await middleware.InvokeAsync(replay);

        Assert.Multiple(() =>
        {
            Assert.That(conflict!.Error.Status, Is.EqualTo(409));
            Assert.That(conflict.Error.Type, Is.EqualTo("idempotency_error"));
            Assert.That(conflict.Error.Code, Is.EqualTo("idempotency_key_in_use"));
            Assert.That(replay.Response.Headers["Idempotent-Replayed"].ToString(), Is.EqualTo("true"));
            Assert.That(runs, Is.EqualTo(1), "the work ran once");
        });
    }

    private static DefaultHttpContext Request()
    {
        var context = new DefaultHttpContext();
        context.Request.Method = "POST";
        context.Request.Path = "/v1/billing/credit_grants";
        context.Request.Headers["Idempotency-Key"] = Key;
        context.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes("customer=cus_1"));
        context.Response.Body = new MemoryStream();
        context.Items[AuthMiddleware.ApiKeyItem] = "sk_test_in_flight";
        return context;
    }
}

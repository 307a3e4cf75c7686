using System.Text.Json.Nodes;
using Stripe;

namespace StripeNetDriver;

/// <summary>
/// One request of docs/driver-protocol.md answered by its call (<c>Calls.Table.cs</c>), with the suite's idempotency
/// key on every POST; whatever the SDK raised becomes the answer's error.
/// </summary>
internal static partial class Calls
{
    public static async Task<JsonObject> AnswerAsync(Clients clients, DriverRequest request)
    {
        if (!Table.TryGetValue(request.Operation, out var call))
        {
            return Answers.NoAnswer("driver_error", $"unknown operation {request.Operation}");
        }

        // Stripe.net sends the API version it was built for on every request and offers no way to send another.
        if (request.StripeVersion is { } version && version != StripeConfiguration.ApiVersion)
        {
            var pinned =
                $"Stripe.net {StripeConfiguration.StripeNetVersion} pins API version {StripeConfiguration.ApiVersion}";
            return Answers.NoAnswer("driver_error", $"{pinned} and cannot send {version}");
        }

        var options = new RequestOptions { IdempotencyKey = request.IdempotencyKey };
        var target = clients.For(request);
        try
        {
            return await call(target, request, options);
        }
        catch (StripeException exception)
        {
            return Answers.Error(exception, target.Seen);
        }
        catch (HttpRequestException exception)
        {
            return Answers.NoAnswer("connection_error", exception.Message);
        }
        catch (TaskCanceledException exception)
        {
            return Answers.NoAnswer("connection_error", exception.Message);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // Anything else the SDK raised (an answer it could not read, say) ends this call, not the whole run.
            await Console.Error.WriteLineAsync(exception.ToString());
            return Answers.NoAnswer(
                "driver_error", $"Stripe.net raised {exception.GetType().Name}: {exception.Message}");
        }
    }
}

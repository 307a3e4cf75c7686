using System.Text.Json.Nodes;
using Stripe;
using Stripe.Billing;

namespace StripeNetDriver;

/// <summary>
/// The operations of docs/driver-protocol.md as typed calls of Stripe.net's <see cref="CreditGrantService"/>, with
/// the suite's idempotency key on every POST. <c>credit_grants.list_all</c> walks every page with the SDK's own
/// auto-paging, so its paging logic is what the suite tests.
/// </summary>
internal static class Calls
{
    private static readonly Dictionary<string, Func<Clients.Target, DriverRequest, RequestOptions, Task<JsonObject>>>
        Table = new(StringComparer.Ordinal)
        {
            ["credit_grants.list"] = async (t, r, o) =>
                Answers.Success(await t.Grants.ListAsync(GrantOptions.List.Build(r.Params), o), t.Seen),
            ["credit_grants.list_all"] = ListAllAsync,
            ["credit_grants.create"] = async (t, r, o) =>
                Answers.Success(await t.Grants.CreateAsync(GrantOptions.Create.Build(r.Params), o), t.Seen),
            ["credit_grants.retrieve"] = async (t, r, o) =>
                Answers.Success(await t.Grants.GetAsync(r.Id, GrantOptions.Get.Build(r.Params), o), t.Seen),
            ["credit_grants.update"] = async (t, r, o) =>
                Answers.Success(await t.Grants.UpdateAsync(r.Id, GrantOptions.Update.Build(r.Params), o), t.Seen),
            ["credit_grants.expire"] = async (t, r, o) =>
                Answers.Success(await t.Grants.ExpireAsync(r.Id, GrantOptions.Expire.Build(r.Params), o), t.Seen),
            ["credit_grants.void"] = async (t, r, o) =>
                Answers.Success(await t.Grants.VoidGrantAsync(r.Id, GrantOptions.Void.Build(r.Params), o), t.Seen),
        };

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

    // Every item of every page, as one list answer: has_more is false because nothing is left to fetch. The SDK's
    // auto-paging yields the items only, so the headers are those of the last page, seen at the HTTP layer, and the
    // list's url is the path the suite's request names.
    private static async Task<JsonObject> ListAllAsync(
        Clients.Target target,
        DriverRequest request,
        RequestOptions options)
    {
        var data = new JsonArray();
        await foreach (var grant in target.Grants.ListAutoPagingAsync(GrantOptions.List.Build(request.Params), options))
        {
            data.Add(EntityJson.Write(grant));
        }

        return new JsonObject
        {
            ["ok"] = true,
            ["status"] = 200,
            ["headers"] = Answers.Headers(target.Seen.AllHeaders),
            ["object"] = new JsonObject
            {
                ["object"] = "list",
                ["data"] = data,
                ["has_more"] = false,
                ["url"] = request.Path,
            },
        };
    }
}

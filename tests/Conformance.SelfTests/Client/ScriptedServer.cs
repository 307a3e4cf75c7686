using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace CreditGrantConformance.SelfTests.Client;

/// <summary>
/// A loopback server that answers from a script and records what it received, to test the client's wire behaviour.
/// </summary>
internal sealed class ScriptedServer : IAsyncDisposable
{
    private readonly ConcurrentQueue<Answer> script = new();
    private readonly WebApplication app;

    private readonly Answer fallback;

    private ScriptedServer(WebApplication app, Answer fallback)
    {
        this.app = app;
        this.fallback = fallback;
    }

    public ConcurrentQueue<Received> Requests { get; } = new();

    public Uri BaseUrl { get; private set; } = new("http://127.0.0.1/");

    /// <summary>
    /// Starts on a free loopback port; once the script is used up every request gets the fallback (200 "{}" unless
    /// given).
    /// </summary>
    public static async Task<ScriptedServer> StartAsync(
        int fallbackStatus = 200,
        string fallbackBody = "{}",
        params (string Name, string Value)[] fallbackHeaders)
    {
        var builder = WebApplication.CreateSlimBuilder(
            ["--urls", "http://127.0.0.1:0", "--Logging:LogLevel:Default=Warning"]);
        var server = new ScriptedServer(builder.Build(), new Answer(fallbackStatus, fallbackBody, fallbackHeaders));
        server.app.Run(server.AnswerAsync);
        await server.app.StartAsync();
        var addresses = server.app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
        server.BaseUrl = new Uri(addresses.Addresses.First() + "/");
        return server;
    }

    public void Then(int status, string body = "{}", params (string Name, string Value)[] headers) =>
        script.Enqueue(new Answer(status, body, headers));

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private async Task AnswerAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        Requests.Enqueue(new Received(
            context.Request.Method,
            context.Request.Path + context.Request.QueryString,
            context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
            await reader.ReadToEndAsync()));
        var answer = script.TryDequeue(out var next) ? next : fallback;
        context.Response.StatusCode = answer.Status;
        context.Response.ContentType = "application/json";
        foreach (var (name, value) in answer.Headers)
        {
            context.Response.Headers[name] = value;
        }

        await context.Response.WriteAsync(answer.Body);
    }

    private sealed record Answer(int Status, string Body, (string Name, string Value)[] Headers);

    public sealed record Received(
        string Method,
        string PathAndQuery,
        IReadOnlyDictionary<string, string> Headers,
        string Body);
}

using System.Collections.Concurrent;
using CreditGrantConformance.Results.Recording;

namespace CreditGrantConformance.ReferenceServer.Infrastructure;

/// <summary>
/// Every request the server received, in order, when <see cref="ReferenceServerOptions.RecordRequests"/> is on: the
/// suite's SDK mode compares them with the calls it asked a driver to make.
/// </summary>
public sealed class RequestLog : IRecordedRequests
{
    private readonly ConcurrentQueue<ReceivedRequest> received = new();

    public int Count => received.Count;

    /// <summary>The requests received after the first <paramref name="skip"/>.</summary>
    public IReadOnlyList<ReceivedRequest> Since(int skip) => received.Skip(skip).ToList();

    internal void Add(ReceivedRequest request) => received.Enqueue(request);
}

internal sealed class RequestLogMiddleware(RequestDelegate next, RequestLog log)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        var body = HttpMethods.IsPost(request.Method) ? await RequestParams.BodyAsync(context) : "";
        log.Add(new ReceivedRequest(
            request.Method,
            request.Path.Value ?? "",
            request.QueryString.Value ?? "",
            request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
            body));
        await next(context);
    }
}

using System.Diagnostics;

namespace CreditGrantConformance.ReferenceServer.Infrastructure;

/// <summary>
/// One concise log line per request (method, path, status, time, Request-Id) in place of ASP.NET's four, which the
/// host turns off: a suite run sends hundreds of requests.
/// </summary>
internal sealed partial class RequestLineMiddleware(RequestDelegate next, ILoggerFactory loggers)
{
    // A short category: the console prints it on every line.
    private readonly ILogger logger = loggers.CreateLogger("request");

    public async Task InvokeAsync(HttpContext context)
    {
        if (!logger.IsEnabled(LogLevel.Information))
        {
            await next(context);
            return;
        }

        var started = Stopwatch.GetTimestamp();
        try
        {
            await next(context);
        }
        finally
        {
            var path = context.Request.Path.Value ?? "/";
            var requestId = context.Response.Headers["Request-Id"].ToString();
            var milliseconds = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            Served(logger, context.Request.Method, path, context.Response.StatusCode, milliseconds, requestId);
        }
    }

    [LoggerMessage(
        EventId = 1,
        Level = LogLevel.Information,
        Message = "{Method} {Path} {Status} {Milliseconds:0.0} ms {RequestId}")]
    private static partial void Served(
        ILogger logger,
        string method,
        string path,
        int status,
        double milliseconds,
        string requestId);
}

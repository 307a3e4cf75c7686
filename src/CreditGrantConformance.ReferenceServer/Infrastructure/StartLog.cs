using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace CreditGrantConformance.ReferenceServer.Infrastructure;

/// <summary>
/// What the server was started as, logged once it listens: its addresses, its faults and its leniency.
/// </summary>
internal static partial class StartLog
{
    public static void Register(WebApplication app, ReferenceServerOptions options)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("server");
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            if (!logger.IsEnabled(LogLevel.Information))
            {
                return;
            }

            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()
                ?.Addresses ?? [];
            var faults = options.Faults.Count == 0 ? "none" : string.Join(", ", options.Faults.Order());
            var listening = string.Join(", ", addresses);
            var mode = options.Lenient ? "lenient" : "strict";
            Started(logger, listening, faults, mode);
        });
    }

    [LoggerMessage(
        EventId = 1,
        Level = LogLevel.Information,
        Message = "Reference server on {Addresses}; faults: {Faults}; {Mode}")]
    private static partial void Started(ILogger logger, string addresses, string faults, string mode);
}

using CreditGrantConformance.ReferenceServer.CreditGrants;
using CreditGrantConformance.ReferenceServer.Customers;
using CreditGrantConformance.ReferenceServer.Faults;
using CreditGrantConformance.ReferenceServer.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace CreditGrantConformance.ReferenceServer;

/// <summary>Composes the reference server: Stripe's edge (request ids, errors, auth, idempotency), then the features.</summary>
public static class ReferenceServerHost
{
    public static WebApplication Build(string[] args, ReferenceServerOptions? options = null)
    {
        var builder = WebApplication.CreateSlimBuilder(args);
        var faults = (options?.Faults ?? new HashSet<string>()).Concat(FaultArguments(args, builder.Configuration)).ToList();
        var given = options ?? new ReferenceServerOptions();
        var effective = given with
        {
            Faults = faults.ToHashSet(),
            ApiKeys = given.ApiKeys.Concat(Values(args, "--api-key")).ToHashSet(),
            ChaosRate = Values(args, "--chaos").Select(v => double.Parse(v, System.Globalization.CultureInfo.InvariantCulture)).LastOrDefault(given.ChaosRate),
        };
        if (effective.ChaosRate is < 0 or > 1)
        {
            throw new ArgumentException($"--chaos takes a share of requests between 0 and 1; got {effective.ChaosRate}.");
        }

        builder.Services.AddSingleton(effective);
        builder.Services.AddSingleton(new FaultSwitch(faults));
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<IdempotencyStore>();
        builder.Services.AddSingleton<CreditGrantStore>();
        builder.Services.AddSingleton<CustomerStore>();
        builder.Services.AddSingleton<CreditGrantJson>();
        builder.Services.AddSingleton<CreateGrantParser>();
        builder.Services.AddSingleton<RequestLog>();

        var app = builder.Build();
        if (effective.ChaosRate > 0)
        {
            app.UseMiddleware<ChaosMiddleware>();
        }

        app.UseMiddleware<EdgeMiddleware>();
        if (effective.RecordRequests)
        {
            app.UseMiddleware<RequestLogMiddleware>();
        }

        app.UseMiddleware<AuthMiddleware>();
        app.UseMiddleware<IdempotencyMiddleware>();
        app.MapCreditGrants();
        app.MapCustomers();
        app.MapFallback(UnknownRouteAsync);
        return app;
    }

    public static async Task<RunningReferenceServer> StartAsync(ReferenceServerOptions? options = null, CancellationToken cancellationToken = default)
    {
        var app = Build(["--urls", "http://127.0.0.1:0", "--Logging:LogLevel:Default=Warning"], options);
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new RunningReferenceServer(app, new Uri(address.TrimEnd('/') + "/"), app.Services.GetRequiredService<RequestLog>());
    }

    private static Task UnknownRouteAsync(HttpContext context, FaultSwitch faults) => faults.Has(FaultNames.RoutesUnknownRoute200)
        ? JsonResponse.WriteAsync(context, 200, new System.Text.Json.Nodes.JsonObject())
        : ErrorWriter.WriteAsync(context, StripeError.UnknownRoute(context.Request.Method, context.Request.Path));

    // --fault NAME may repeat; configuration (Faults:0=NAME) works too.
    private static IEnumerable<string> FaultArguments(string[] args, ConfigurationManager configuration) =>
        Values(args, "--fault").Concat(configuration.GetSection("Faults").GetChildren().Select(c => c.Value).OfType<string>());

    private static IEnumerable<string> Values(string[] args, string option)
    {
        for (var i = 0; i < args.Length - 1; i++)
        {
            if (args[i] == option)
            {
                yield return args[i + 1];
            }
        }
    }
}

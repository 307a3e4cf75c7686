using CreditGrantConformance.ReferenceServer.CreditGrants;
using CreditGrantConformance.ReferenceServer.Customers;
using CreditGrantConformance.ReferenceServer.Faults;
using CreditGrantConformance.ReferenceServer.Infrastructure;
using CreditGrantConformance.ReferenceServer.Ledger;
using CreditGrantConformance.ReferenceServer.Rules;
using CreditGrantConformance.ReferenceServer.TestClocks;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace CreditGrantConformance.ReferenceServer;

/// <summary>
/// Composes the reference server: Stripe's edge (request ids, errors, auth, idempotency), then the features. The seams
/// of the faults it is started with decorate the stores and the paging, adjust the rules and add edge middlewares.
/// </summary>
public static class ReferenceServerHost
{
    private const string LenientFlag = "--lenient";
    private const string OpaqueFlag = "--opaque-variant";

    public static WebApplication Build(string[] args, ReferenceServerOptions? options = null)
    {
        var builder = WebApplication.CreateSlimBuilder(args.Where(a => a is not (LenientFlag or OpaqueFlag)).ToArray());
        // One line per request (RequestLineMiddleware) instead of ASP.NET's four, each log entry on one line.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.Logging.AddSimpleConsole(o =>
        {
            o.SingleLine = true;
            o.TimestampFormat = "HH:mm:ss ";
        });
        var given = options ?? new ReferenceServerOptions();
        var effective = given with
        {
            Faults = given.Faults.Concat(FaultArguments(args, builder.Configuration)).ToHashSet(),
            ApiKeys = given.ApiKeys.Concat(ServerCommandLine.Values(args, "--api-key")).ToHashSet(),
            ChaosRate = ServerCommandLine.Values(args, "--chaos")
                .Select(v => double.Parse(v, System.Globalization.CultureInfo.InvariantCulture))
                .LastOrDefault(given.ChaosRate),
            Lenient = given.Lenient || args.Contains(LenientFlag),
            OpaqueVariant = given.OpaqueVariant || args.Contains(OpaqueFlag),
        };
        if (effective.ChaosRate is < 0 or > 1)
        {
            throw new ArgumentException(
                $"--chaos takes a share of requests between 0 and 1; got {effective.ChaosRate}.");
        }

        var seams = ServerSeams.For(effective.Faults);
        var grants = new CreditGrantStore(effective);
        builder.Services.AddSingleton(effective);
        builder.Services.AddSingleton<OpaqueStrings>();
        builder.Services.AddSingleton<IResponseSeam>(seams);
        builder.Services.AddSingleton(seams.RuleBook(effective.Lenient));
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(seams.Decorate(new IdempotencyStore()));
        builder.Services.AddSingleton(grants);
        builder.Services.AddSingleton(seams.Decorate((ICreditGrantStore)grants));
        builder.Services.AddSingleton(seams.Decorate(new CursorPaging()));
        builder.Services.AddSingleton<CustomerStore>();
        builder.Services.AddSingleton<IClockCustomers>(sp => sp.GetRequiredService<CustomerStore>());
        builder.Services.AddSingleton(seams.DecorateService<ICustomerListing>(new CustomerListing()));
        builder.Services.AddSingleton(seams.DecorateService<ITestClockStore>(new TestClockStore(TimeProvider.System)));
        builder.Services.AddSingleton<CustomerTime>();
        builder.Services.AddSingleton(
            sp => seams.DecorateService<IClockDeletion>(new ClockDeletion(sp.GetRequiredService<IClockCustomers>())));
        builder.Services.AddSingleton(
            sp => seams.DecorateService<ICustomerTime>(sp.GetRequiredService<CustomerTime>()));
        builder.Services.AddSingleton(seams.DecorateService<IGrantHistory>(new GrantHistory()));
        builder.Services.AddSingleton<CreditLedger>();
        builder.Services.AddSingleton(
            sp => seams.DecorateService<IBalanceSummary>(new BalanceSummary(sp.GetRequiredService<CreditLedger>())));
        builder.Services.AddSingleton(seams.DecorateService<ITransactionPaging>(new TransactionPaging()));
        builder.Services.AddSingleton<LedgerJson>();
        builder.Services.AddSingleton<CreditGrantJson>();
        builder.Services.AddSingleton<CreateGrantParser>();
        builder.Services.AddSingleton<RequestLog>();

        var app = builder.Build();
        StartLog.Register(app, effective);
        Compose(app, effective, seams);
        app.MapCreditGrants();
        app.MapCustomers();
        app.MapTestClocks();
        app.MapLedger();
        app.MapFallback(UnknownRouteAsync).WithMetadata(new EndpointOperation(EndpointOperation.UnknownRoute));
        return app;
    }

    public static async Task<RunningReferenceServer> StartAsync(
        ReferenceServerOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        var app = Build(["--urls", "http://127.0.0.1:0", "--Logging:LogLevel:Default=Warning"], options);
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!
            .Addresses.First();
        return new RunningReferenceServer(
            app, new Uri(address.TrimEnd('/') + "/"), app.Services.GetRequiredService<RequestLog>());
    }

    private static void Compose(WebApplication app, ReferenceServerOptions options, ServerSeams seams)
    {
        app.UseMiddleware<RequestLineMiddleware>();
        if (options.ChaosRate > 0)
        {
            app.UseMiddleware<ChaosMiddleware>();
        }

        app.UseMiddleware<EdgeMiddleware>();
        if (options.RecordRequests)
        {
            app.UseMiddleware<RequestLogMiddleware>();
        }

        foreach (var hook in seams.Edge(EdgeStage.BeforeAuthentication))
        {
            app.Use(hook);
        }

        if (!seams.Skips(EdgeStep.Authentication))
        {
            app.UseMiddleware<AuthMiddleware>();
        }

        app.UseMiddleware<IdempotencyMiddleware>();
        foreach (var hook in seams.Edge(EdgeStage.BeforeEndpoint))
        {
            app.Use(hook);
        }
    }

    private static Task UnknownRouteAsync(HttpContext context) =>
        ErrorWriter.WriteAsync(context, StripeError.UnknownRoute(context.Request.Method, context.Request.Path));

    // --fault NAME may repeat; configuration (Faults:0=NAME) works too.
    private static IEnumerable<string> FaultArguments(string[] args, ConfigurationManager configuration) =>
        ServerCommandLine.Values(args, "--fault")
            .Concat(configuration.GetSection("Faults").GetChildren().Select(c => c.Value).OfType<string>());
}

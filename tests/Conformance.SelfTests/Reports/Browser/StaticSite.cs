using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;

namespace CreditGrantConformance.SelfTests.Reports.Browser;

/// <summary>
/// Serves a directory over HTTP on a free loopback port, as `npx allure open` would: Allure 3's report loads its data
/// with fetch, which browsers refuse from file:// pages.
/// </summary>
internal sealed class StaticSite : IAsyncDisposable
{
    private readonly WebApplication app;

    private StaticSite(WebApplication app, Uri baseUrl)
    {
        this.app = app;
        BaseUrl = baseUrl;
    }

    public Uri BaseUrl { get; }

    public static async Task<StaticSite> StartAsync(string directory)
    {
        var builder = WebApplication.CreateSlimBuilder(
            ["--urls", "http://127.0.0.1:0", "--Logging:LogLevel:Default=Warning"]);
        var app = builder.Build();
        // The report's attachments keep the suite's extensions (txt, json) and Allure's own data files; serve them
        // all.
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new PhysicalFileProvider(directory),
            ServeUnknownFileTypes = true,
        });
        await app.StartAsync();
        var address = app.Services
            .GetRequiredService<IServer>()
            .Features.Get<IServerAddressesFeature>()!
            .Addresses.First();
        return new StaticSite(app, new Uri(address.TrimEnd('/') + "/"));
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}

using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using CreditGrantConformance.ReferenceServer;
using CreditGrantConformance.ReferenceServer.Faults;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace CreditGrantConformance.SelfTests.Server;

public sealed class ServerStartupTests
{
    [Test]
    public async Task Started_from_command_line_arguments_it_answers_basic_auth_with_an_empty_list()
    {
        await using var app = ReferenceServerHost.Build(
            ["--urls", "http://127.0.0.1:0", "--Logging:LogLevel:Default=Warning"]);
        await app.StartAsync();
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
        var address = addresses.Addresses.First();
        using var http = new HttpClient();
        // The equivalent of: curl -u sk_test_x: http://127.0.0.1:12111/v1/billing/credit_grants
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("sk_test_x:")));

        var body = JsonNode.Parse(await http.GetStringAsync(address + "/v1/billing/credit_grants"));
        await app.StopAsync();

        var emptyList = JsonNode.Parse(
            """{"object":"list","data":[],"has_more":false,"url":"/v1/billing/credit_grants"}""");
        Assert.That(JsonNode.DeepEquals(body, emptyList), Is.True, body?.ToJsonString());
    }

    [Test]
    public void An_unknown_fault_name_stops_the_server_listing_the_known_ones()
    {
        var error = Assert.Throws<ArgumentException>(() => ReferenceServerHost.Build(["--fault", "no.such_fault"]));

        Assert.That(error!.Message, Does.Contain("no.such_fault").And.Contain(FaultCatalogue.All[0].Name));
    }

    [Test]
    public void Fault_names_are_unique_and_described()
    {
        Assert.Multiple(() =>
        {
            Assert.That(FaultCatalogue.All.Select(f => f.Name), Is.Unique);
            Assert.That(
                FaultCatalogue.All.Where(
                    f => string.IsNullOrWhiteSpace(f.Description) || string.IsNullOrWhiteSpace(f.Aspect)),
                Is.Empty);
        });
    }
}

using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using CreditGrantConformance.ReferenceServer.Faults;

namespace CreditGrantConformance.SelfTests.Server;

/// <summary>
/// The server as a user starts it logs its address and faults once it listens, then one line per request: not
/// ASP.NET's four, which made a suite run 64k lines.
/// </summary>
public sealed class ServerLogTests
{
    [Test]
    public async Task The_server_logs_its_faults_at_start_and_one_line_per_request()
    {
        var port = FreePort();
        var fault = FaultCatalogue.All[0].Name;
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            Path.Combine(AppContext.BaseDirectory, "CreditGrantConformance.ReferenceServer.dll"),
            "--urls", $"http://127.0.0.1:{port}", "--fault", fault,
        })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        string log;
        try
        {
            await SendThreeRequestsAsync(port);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            log = await process.StandardOutput.ReadToEndAsync();
        }

        var lines = log.Split('\n');
        Assert.Multiple(() =>
        {
            Assert.That(lines.Count(l => l.Contains("faults: " + fault, StringComparison.Ordinal)), Is.EqualTo(1), log);
            Assert.That(lines.Count(l => l.Contains("GET /v1/billing/credit_grants", StringComparison.Ordinal)),
                Is.EqualTo(3), log);
            Assert.That(log, Does.Not.Contain("Request starting").And.Not.Contain("Executing endpoint"));
        });
    }

    private static async Task SendThreeRequestsAsync(int port)
    {
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        http.DefaultRequestHeaders.Authorization = new("Bearer", "sk_test_log");
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                await http.GetAsync("/v1/billing/credit_grants");
                break;
            }
            catch (HttpRequestException) when (attempt < 100)
            {
                await Task.Delay(100);
            }
        }

        await http.GetAsync("/v1/billing/credit_grants?limit=1");
        await http.GetAsync("/v1/billing/credit_grants?limit=2");
        // The log is written by a queue of its own: give it a moment before the process is stopped.
        await Task.Delay(500);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

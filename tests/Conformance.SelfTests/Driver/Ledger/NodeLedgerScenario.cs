using System.Diagnostics;
using System.Text.Json;
using CreditGrantConformance.Suite.Configuration;

namespace CreditGrantConformance.SelfTests.Driver.Ledger;

/// <summary>The <see cref="LedgerScenario"/> through the official Node SDK: ledger-scenario.mjs, run by node.</summary>
internal static class NodeLedgerScenario
{
    private const string Script = "tests/Conformance.SelfTests/Driver/Ledger/ledger-scenario.mjs";

    private static readonly JsonSerializerOptions Snake =
        new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public static async Task<LedgerReading> RunAsync(Uri baseUrl, string apiKey, LedgerScenario scenario)
    {
        await NodeTools.EnsureInstalledAsync();
        var start = new ProcessStartInfo("node", [Script, scenario.ToJson(baseUrl, apiKey).ToJsonString()])
        {
            WorkingDirectory = RepositoryLocator.FindRoot(),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var node = Process.Start(start)
            ?? throw new InvalidOperationException("node could not be started: the Node SDK tests need Node.js.");
        var output = node.StandardOutput.ReadToEndAsync();
        var error = node.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await node.WaitForExitAsync(timeout.Token);
        Assert.That(node.ExitCode, Is.Zero, $"{Script} failed: {await error}");
        return JsonSerializer.Deserialize<LedgerReading>(await output, Snake)
            ?? throw new InvalidOperationException($"{Script} printed no reading.");
    }
}

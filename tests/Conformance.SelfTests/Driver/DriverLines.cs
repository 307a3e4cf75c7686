using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;

namespace CreditGrantConformance.SelfTests.Driver;

/// <summary>
/// An SDK driver spoken to line by line (docs/driver-protocol.md) without the suite: one JSON request in, one JSON
/// answer out, its greeting read first and its stderr kept for the failure message.
/// </summary>
internal sealed class DriverLines : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);
    private readonly Process process;
    private readonly StringBuilder stderr = new();

    private DriverLines(Process process)
    {
        this.process = process;
        process.ErrorDataReceived += (_, e) =>
        {
            lock (stderr)
            {
                stderr.AppendLine(e.Data);
            }
        };
        process.BeginErrorReadLine();
    }

    public string Stderr
    {
        get
        {
            lock (stderr)
            {
                return stderr.ToString();
            }
        }
    }

    /// <summary>Starts the driver's command in <paramref name="root"/> and reads its greeting.</summary>
    public static async Task<DriverLines> StartAsync(string command, string root)
    {
        var start = new ProcessStartInfo("/bin/sh", ["-c", command])
        {
            WorkingDirectory = root,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardInputEncoding = new UTF8Encoding(false),
        };
        var driver = new DriverLines(Process.Start(start)
            ?? throw new InvalidOperationException($"{command} could not be started."));
        await driver.ReadAsync();
        return driver;
    }

    public async Task<JsonObject> CallAsync(JsonObject request)
    {
        await process.StandardInput.WriteLineAsync(request.ToJsonString());
        await process.StandardInput.FlushAsync();
        return await ReadAsync();
    }

    public void Dispose()
    {
        process.StandardInput.Close();
        if (!process.WaitForExit(TimeSpan.FromSeconds(10)))
        {
            process.Kill(entireProcessTree: true);
        }

        process.Dispose();
    }

    private async Task<JsonObject> ReadAsync()
    {
        var line = await process.StandardOutput.ReadLineAsync().WaitAsync(Timeout);
        return JsonNode.Parse(line ?? throw new InvalidOperationException($"The driver exited: {Stderr}"))
            as JsonObject ?? throw new InvalidOperationException($"Not a JSON object: {line}");
    }
}

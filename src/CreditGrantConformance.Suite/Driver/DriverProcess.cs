using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CreditGrantConformance.Suite.Configuration;
using CreditGrantConformance.Suite.Failures;

namespace CreditGrantConformance.Suite.Driver;

/// <summary>
/// An SDK driver (docs/driver-protocol.md): a process started from a shell command that answers one JSON line per
/// JSON line. A driver that does not start, answers garbage or exits is reported with the tail of its stderr.
/// </summary>
internal sealed class DriverProcess : IDisposable
{
    private const int StderrKept = 4000;
    private readonly Process process;
    private readonly StringBuilder stderr = new();
    private readonly string command;

    private DriverProcess(Process process, string command)
    {
        this.process = process;
        this.command = command;
        process.ErrorDataReceived += (_, e) =>
        {
            lock (stderr)
            {
                stderr.AppendLine(e.Data);
                if (stderr.Length > StderrKept)
                {
                    stderr.Remove(0, stderr.Length - StderrKept);
                }
            }
        };
        process.BeginErrorReadLine();
    }

    /// <summary>The driver's first line: which driver and SDK it is.</summary>
    public JsonObject Greeting { get; private set; } = [];

    /// <summary>
    /// The greeting read: names, and the API version the SDK sends (see <see cref="DriverIdentity"/>).
    /// </summary>
    public DriverIdentity Identity { get; private set; } = DriverIdentity.FromGreeting([]);

    public string Description => Identity.Description;

    public static async Task<DriverProcess> StartAsync(string command, string workingDirectory, TimeSpan timeout)
    {
        var start = OperatingSystem.IsWindows()
            ? new ProcessStartInfo("cmd.exe", ["/c", command])
            : new ProcessStartInfo("/bin/sh", ["-c", command]);
        start.WorkingDirectory = workingDirectory;
        start.RedirectStandardInput = true;
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;
        start.StandardOutputEncoding = Encoding.UTF8;
        start.StandardInputEncoding = new UTF8Encoding(false);
        var driver = new DriverProcess(
            Process.Start(start)
                ?? throw new SettingsException([$"{SettingNames.Driver} '{command}' could not be started."]),
            command);
        try
        {
            driver.Greeting = await driver.ReadAsync(timeout).ConfigureAwait(false);
            driver.Identity = DriverIdentity.FromGreeting(driver.Greeting);
        }
        catch (TargetBrokeException ex)
        {
            driver.Dispose();
            throw new SettingsException([
                $"{SettingNames.Driver} '{command}' did not greet with its first line "
                + $"as docs/driver-protocol.md asks: {ex.Message}",
            ]);
        }

        return driver;
    }

    public async Task<JsonObject> CallAsync(JsonObject request, TimeSpan timeout)
    {
        try
        {
            await process.StandardInput.WriteLineAsync(request.ToJsonString()).ConfigureAwait(false);
            await process.StandardInput.FlushAsync().ConfigureAwait(false);
        }
        catch (IOException ex)
        {
            throw Broke($"could not be written to ({ex.Message})");
        }

        var answer = await ReadAsync(timeout).ConfigureAwait(false);
        if (answer["seq"]?.ToJsonString() != request["seq"]!.ToJsonString())
        {
            throw Broke(
                $"answered seq {answer["seq"]?.ToJsonString() ?? "(none)"} to request seq {request["seq"]}: "
                + $"{answer.ToJsonString()}");
        }

        return answer;
    }

    public void Dispose()
    {
        try
        {
            process.StandardInput.Close();
            if (!process.WaitForExit(TimeSpan.FromSeconds(5)))
            {
                process.Kill(entireProcessTree: true);
            }
        }
        catch (Exception ex) when (ex is IOException or InvalidOperationException)
        {
            // Already gone: nothing left to stop.
        }

        process.Dispose();
    }

    private async Task<JsonObject> ReadAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        string? line;
        try
        {
            line = await process.StandardOutput.ReadLineAsync(cancel.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            throw Broke($"gave no answer within {timeout.TotalSeconds:0} s");
        }

        if (line is null)
        {
            throw Broke(process.WaitForExit(TimeSpan.FromSeconds(2))
                ? $"exited with code {process.ExitCode}"
                : "closed its output");
        }

        try
        {
            return JsonNode.Parse(line) as JsonObject
                ?? throw Broke($"wrote a line that is not a JSON object: {Shorten(line)}");
        }
        catch (JsonException)
        {
            throw Broke($"wrote a line that is not JSON: {Shorten(line)}");
        }
    }

    private TargetBrokeException Broke(string what)
    {
        string tail;
        lock (stderr)
        {
            tail = stderr.ToString().Trim();
        }

        return new TargetBrokeException(
            $"Environment: the SDK driver '{command}' {what}."
            + $"{(tail.Length > 0 ? Environment.NewLine + "Its stderr ends with:" + Environment.NewLine + tail : "")}");
    }

    private static string Shorten(string text) => text.Length <= 300 ? text : text[..300] + "…";
}

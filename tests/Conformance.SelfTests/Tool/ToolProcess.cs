using System.Diagnostics;
using CreditGrantConformance.Suite.Configuration;

namespace CreditGrantConformance.SelfTests.Tool;

/// <summary>
/// Runs the built tool (<c>credit-grant-conformance</c>) as its own process from a working directory outside the
/// repository, with none of the suite's settings inherited from this process: as a user's CI runs it.
/// </summary>
internal static class ToolProcess
{
    public sealed record Result(int ExitCode, string Output, string Error)
    {
        public override string ToString() => $"exit {ExitCode}\n{Output}\n{Error}";
    }

    public static async Task<Result> RunAsync(
        string workingDirectory,
        IReadOnlyList<string> arguments,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        start.ArgumentList.Add(Assembly());
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var name in SettingNames.All.Append("GITHUB_ACTIONS"))
        {
            start.Environment.Remove(name);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return new Result(process.ExitCode, await output, await error);
    }

    /// <summary>A working directory of its own, outside the repository.</summary>
    public static string NewWorkingDirectory()
    {
        var path = Path.Combine(Path.GetTempPath(), "credit-grant-tool-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }

    private static string Assembly()
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
        var path = Path.Combine(
            RepositoryLocator.FindRoot(), "src", "CreditGrantConformance.Tool", "bin", configuration, "net10.0",
            "credit-grant-conformance.dll");
        return File.Exists(path)
            ? path
            : throw new FileNotFoundException($"Build src/CreditGrantConformance.Tool first: {path} is missing.", path);
    }
}

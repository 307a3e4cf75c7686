using System.Diagnostics;
using CreditGrantConformance.Suite.Configuration;

namespace CreditGrantConformance.SelfTests.Driver;

/// <summary>
/// The repository's pinned Node packages (package-lock.json), installed with npm ci the first time a test needs them.
/// </summary>
internal static class NodeTools
{
    private static readonly SemaphoreSlim Once = new(1, 1);

    /// <summary>
    /// Runs npm ci unless <paramref name="package"/> is already installed (one npm ci installs every pinned package).
    /// </summary>
    public static async Task EnsureInstalledAsync(string package = "stripe")
    {
        var root = RepositoryLocator.FindRoot();
        await Once.WaitAsync();
        try
        {
            if (File.Exists(Path.Combine(root, "node_modules", package, "package.json")))
            {
                return;
            }

            var start = new ProcessStartInfo(
                OperatingSystem.IsWindows() ? "npm.cmd" : "npm",
                ["ci", "--no-audit", "--no-fund"])
            {
                WorkingDirectory = root,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using var npm = Process.Start(start)
                ?? throw new InvalidOperationException(
                    "npm could not be started: the Node tool tests need Node.js and npm.");
            var output = npm.StandardOutput.ReadToEndAsync();
            var error = npm.StandardError.ReadToEndAsync();
            await npm.WaitForExitAsync();
            Assert.That(npm.ExitCode, Is.Zero, $"npm ci failed: {await output}{await error}");
        }
        finally
        {
            Once.Release();
        }
    }
}

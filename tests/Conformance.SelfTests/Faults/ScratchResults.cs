namespace CreditGrantConformance.SelfTests.Faults;

/// <summary>
/// Where the fault runs write: each run writes some 1,600 small files (its Allure results), and on the project's ext4
/// disk, creating that many files where as many were just deleted cost the kernel more than the runs themselves
/// (docs/performance.md). So each run writes to a directory in memory (tmpfs) and keeps in artifacts what a reader
/// of a fault run needs: its summaries and the snapshots it received. Rerun a fault to see its Allure report
/// (CONTRIBUTING.md).
/// </summary>
internal static class ScratchResults
{
    private static readonly string Root = Path.Combine(
        Directory.Exists("/dev/shm") ? "/dev/shm" : Path.GetTempPath(),
        "credit-grant-selftests");

    public static async Task<SuiteRun> RunAsync(string resultsDirectory, Func<string, Task<SuiteRun>> run)
    {
        var scratch = Path.Combine(Root, Guid.NewGuid().ToString("N"));
        try
        {
            var result = await run(scratch);
            Keep(scratch, resultsDirectory);
            return result;
        }
        finally
        {
            if (Directory.Exists(scratch))
            {
                Directory.Delete(scratch, recursive: true);
            }
        }
    }

    private static void Keep(string scratch, string resultsDirectory)
    {
        if (Directory.Exists(resultsDirectory))
        {
            Directory.Delete(resultsDirectory, recursive: true);
        }

        var snapshots = Path.Combine(resultsDirectory, "snapshots");
        Directory.CreateDirectory(snapshots);
        foreach (var file in Directory.GetFiles(scratch))
        {
            File.Copy(file, Path.Combine(resultsDirectory, Path.GetFileName(file)));
        }

        foreach (var file in Directory.GetFiles(Path.Combine(scratch, "snapshots"), "*.received.json"))
        {
            File.Copy(file, Path.Combine(snapshots, Path.GetFileName(file)));
        }
    }
}

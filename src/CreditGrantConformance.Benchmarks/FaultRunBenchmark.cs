using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using CreditGrantConformance.ReferenceServer;
using CreditGrantConformance.Results.Summary;
using CreditGrantConformance.Suite.Execution;
using CreditGrantConformance.Suite.Configuration;
using NUnit.Framework.Interfaces;
using NUnit.Framework.Internal;

namespace CreditGrantConformance.Benchmarks;

/// <summary>
/// Fault runs as the mutation run makes them (tests/Conformance.SelfTests/Faults/FaultRuns.cs): the built suite
/// in-process against a reference server started here with one fault, under the self-tests' settings
/// (<see cref="FaultRunSettings"/>: seed 20261123, 30 generated cases, assumed strictness; a faulted server neither
/// cleaned up nor recorded). Prints each run's time and its slowest checks, then the batch's wall clock and the CPU
/// time the process spent on it.
/// </summary>
internal static class FaultRunBenchmark
{
    public static async Task RunAsync(TextWriter output, int concurrency, IReadOnlyList<string> faults)
    {
        var suite = Assembly.LoadFrom(ConformanceAssembly());
        var runs = faults.Count > 0 ? faults : ["clean", "update.metadata_replaces", "summary.grant_filter_ignored"];
        var scratch = Directory.CreateTempSubdirectory("fault-run-benchmark-");
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        var lines = new ConcurrentBag<(string Fault, string Line)>();
        await Parallel.ForEachAsync(
            runs,
            new ParallelOptions { MaxDegreeOfParallelism = concurrency },
            async (fault, _) => lines.Add((fault, await RunOneAsync(suite, fault, scratch.FullName))));
        wall.Stop();
        var spent = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        foreach (var (fault, line) in lines.OrderBy(l => runs.ToList().IndexOf(l.Fault)))
        {
            output.WriteLine(line);
        }

        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{runs.Count} runs, {concurrency} at a time: wall {wall.Elapsed.TotalSeconds:F1} s, "
            + $"CPU {spent.TotalSeconds:F1} s ({spent.TotalSeconds / runs.Count:F2} s per run)"));
        scratch.Delete(recursive: true);
    }

    private static async Task<string> RunOneAsync(Assembly suite, string fault, string scratch)
    {
        var key = "sk_test_benchmark_" + Guid.NewGuid().ToString("N");
        var faulted = fault != "clean";
        await using var server = await ReferenceServerHost.StartAsync(new ReferenceServerOptions
        {
            ApiKeys = new HashSet<string> { key },
            Faults = faulted ? new HashSet<string> { fault } : new HashSet<string>(),
        });
        var results = Path.Combine(scratch, fault);
        var watch = Stopwatch.StartNew();
        var settings = FaultRunSettings.For(
            server.BaseUrl, key, results, faulted ? FaultRunSettings.Faulted : FaultRunSettings.Assumed);
        await InProcessSuite.RunAsync(suite, settings, TestFilter.Empty, new Quiet());
        watch.Stop();
        var summary = SummaryFile.ReadFrom(results);
        var slowest = summary.Checks
            .OrderByDescending(c => c.DurationMs)
            .Take(3)
            .Select(c => string.Create(
                CultureInfo.InvariantCulture,
                $"{c.Id} {c.DurationMs / 1000:F1} s ({c.Outcome})"));
        var seconds = watch.Elapsed.TotalSeconds.ToString("F1", CultureInfo.InvariantCulture);
        var requests = summary.Requests?.Total;
        return $"  {fault}: {seconds} s, {requests} requests; slowest: {string.Join(", ", slowest)}";
    }

    private static string ConformanceAssembly() => Path.Combine(
        RepositoryLocator.FindRoot(), "tests", "Conformance", "bin", "Debug", "net10.0", "Conformance.dll");

    private sealed class Quiet : ITestListener
    {
        public void TestStarted(ITest test)
        {
        }

        public void TestFinished(ITestResult result)
        {
        }

        public void TestOutput(TestOutput output)
        {
        }

        public void SendMessage(TestMessage message)
        {
        }
    }
}

using BenchmarkDotNet.Running;
using CreditGrantConformance.Benchmarks;

// Benchmarks print figures; nothing here asserts a time (the machines are noisy).
var seconds = args.Length > 1 && int.TryParse(args[1], out var s) ? s : 3;
switch (args.FirstOrDefault())
{
    case "floor":
        await FloorBenchmark.RunAsync(Console.Out);
        break;
    case "scale":
        await ScaleBenchmark.RunAsync(Console.Out, TimeSpan.FromSeconds(args.Length > 1 ? seconds : 2));
        break;
    case "server":
        await ServerBenchmark.RunAsync(Console.Out, TimeSpan.FromSeconds(seconds));
        break;
    case "schema":
        // Further arguments go to BenchmarkDotNet, e.g. --filter "*List*".
        BenchmarkRunner.Run<SchemaBenchmark>(args: args[1..]);
        break;
    case "faults":
        // faults CONCURRENCY [FAULT ...]: fault runs as the mutation run makes them ("clean" for the clean server).
        await FaultRunBenchmark.RunAsync(Console.Out, seconds, args.Length > 2 ? args[2..] : []);
        break;
    default:
        Console.WriteLine("usage: dotnet run --project src/CreditGrantConformance.Benchmarks -c Release --"
            + " floor | server [seconds per operation, default 3] | scale [seconds per figure, default 2]"
            + " | schema [BenchmarkDotNet options] | faults [at a time, default 3] [fault ...]");
        return 2;
}

return 0;

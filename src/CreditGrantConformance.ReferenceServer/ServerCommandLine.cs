using System.Globalization;
using CreditGrantConformance.ReferenceServer.Faults;

namespace CreditGrantConformance.ReferenceServer;

/// <summary>
/// What the server's command line answers before a server is built: <c>--help</c>, <c>--list-faults</c>, and one line
/// for an unknown fault or a bad <c>--chaos</c> share (exit 2), never an unhandled exception. Every other argument is
/// ASP.NET's (<c>--urls</c>, <c>--Logging:…</c>).
/// </summary>
public static class ServerCommandLine
{
    public const int BadInput = 2;

    public const string Help = """
        The reference server of Credit Grant Conformance: Stripe's credit-grant endpoints, in memory.

        usage: CreditGrantConformance.ReferenceServer [--urls URL] [--fault NAME]... [--lenient] [--api-key KEY]...
               CreditGrantConformance.ReferenceServer --list-faults | --help

          --urls URL      where to listen, such as http://127.0.0.1:12111 (ASP.NET's default: http://localhost:5000)
          --fault NAME    break one rule of Stripe's, from the fault catalogue; repeat for several
          --list-faults   print every fault with the operation it affects and what it breaks, then exit
          --lenient       accept every input Stripe leaves open, in its own words (ASSUMPTIONS.md)
          --api-key KEY   the keys this server knows (others answer 401); repeat for several; none: any sk_test_ key
          --chaos SHARE   disturb that share of requests (0 to 1) with 500s, resets and delays
          --help          print this and exit

        Logs its address and faults at start, then one line per request.
        exit code: 0 stopped normally, 2 bad input (an unknown fault, a bad share)
        """;

    /// <summary>
    /// The exit code when the command line is answered without a server; null when a server should start.
    /// </summary>
    public static int? Answer(IReadOnlyList<string> args, TextWriter output)
    {
        if (args.Contains("--help") || args.Contains("-h") || args.Contains("-?"))
        {
            output.WriteLine(Help);
            return 0;
        }

        if (args.Contains("--list-faults"))
        {
            ListFaults(output);
            return 0;
        }

        var problem = Problem(args);
        if (problem is null)
        {
            return null;
        }

        output.WriteLine(problem);
        return BadInput;
    }

    public static void ListFaults(TextWriter output)
    {
        var width = FaultCatalogue.All.Max(f => f.Name.Length);
        foreach (var fault in FaultCatalogue.All)
        {
            output.WriteLine($"{fault.Name.PadRight(width)}  {fault.Operation,-8}  {fault.Description}");
        }
    }

    /// <summary>The one line that says what is wrong with the server's options, or null.</summary>
    public static string? Problem(IReadOnlyList<string> args)
    {
        var unknown = Values(args, "--fault").Where(n => FaultCatalogue.All.All(f => f.Name != n)).ToList();
        if (unknown.Count > 0)
        {
            return $"error: unknown fault {string.Join(", ", unknown.Select(n => $"'{n}'"))}; known faults: "
                + string.Join(", ", FaultCatalogue.All.Select(f => f.Name)) + " (see --list-faults).";
        }

        foreach (var share in Values(args, "--chaos"))
        {
            if (!double.TryParse(share, NumberStyles.Float, CultureInfo.InvariantCulture, out var rate)
                || rate is < 0 or > 1)
            {
                return $"error: --chaos takes a share of requests between 0 and 1; got '{share}'.";
            }
        }

        return args.Count > 0 && args[^1] is "--fault" or "--api-key" or "--chaos" or "--urls"
            ? $"error: {args[^1]} needs a value."
            : null;
    }

    internal static IEnumerable<string> Values(IReadOnlyList<string> args, string option)
    {
        for (var i = 0; i < args.Count - 1; i++)
        {
            if (args[i] == option)
            {
                yield return args[i + 1];
            }
        }
    }
}

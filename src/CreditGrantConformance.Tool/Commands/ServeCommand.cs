using System.CommandLine;
using CreditGrantConformance.ReferenceServer;

namespace CreditGrantConformance.Tool.Commands;

/// <summary>
/// <c>serve</c>: the reference server in the foreground, with its faults, leniency and keys, until Ctrl+C or SIGTERM.
/// </summary>
public static class ServeCommand
{
    public const string DefaultUrl = "http://127.0.0.1:12121";

    public static Command Build()
    {
        var urls = new Option<string>("--urls")
        {
            Description = "where to listen", HelpName = "url", DefaultValueFactory = _ => DefaultUrl,
        };
        var faults = new Option<string[]>("--fault")
        {
            Description = "break one rule of Stripe's, from the fault catalogue; repeat for several", HelpName = "name",
        };
        var lenient = new Option<bool>("--lenient")
        {
            Description = "accept every input Stripe leaves open, in the server's own words",
        };
        var keys = new Option<string[]>("--api-key")
        {
            Description = "a key the server knows (others answer 401); repeat for several; none: any sk_test_ key",
            HelpName = "key",
        };
        var list = new Option<bool>("--list-faults")
        {
            Description = "print every fault (name, operation, what it breaks) and exit",
        };
        var command = new Command(
            "serve",
            "Serve the reference server (Stripe's credit-grant endpoints, in memory) until Ctrl+C. "
            + "Exit 0 stopped, 2 bad input (an unknown fault), 3 could not listen.")
        {
            urls, faults, lenient, keys, list,
        };
        command.SetAction(async (parsed, _) =>
        {
            var output = parsed.InvocationConfiguration.Output;
            if (parsed.GetValue(list))
            {
                ServerCommandLine.ListFaults(output);
                return ExitCodes.Pass;
            }

            var args = new List<string> { "--urls", parsed.GetValue(urls)! };
            args.AddRange((parsed.GetValue(faults) ?? []).SelectMany(f => new[] { "--fault", f }));
            args.AddRange((parsed.GetValue(keys) ?? []).SelectMany(k => new[] { "--api-key", k }));
            if (parsed.GetValue(lenient))
            {
                args.Add("--lenient");
            }

            return await ServeAsync(args.ToArray());
        });
        return command;
    }

    private static async Task<int> ServeAsync(string[] args)
    {
        if (ServerCommandLine.Problem(args) is { } problem)
        {
            throw new ToolException(ExitCodes.BadInput, problem["error: ".Length..]);
        }

        try
        {
            await ReferenceServerHost.Build(args).RunAsync();
            return ExitCodes.Pass;
        }
        catch (IOException ex)
        {
            throw new ToolException(ExitCodes.NotStarted, $"the server could not listen on {args[1]}: {ex.Message}");
        }
        catch (FormatException ex)
        {
            throw new ToolException(ExitCodes.BadInput, $"--urls '{args[1]}': {ex.Message}");
        }
    }
}

using System.CommandLine;
using CreditGrantConformance.Tool.Commands;
using CreditGrantConformance.Tool.Run;

namespace CreditGrantConformance.Tool;

/// <summary>
/// The commands of <c>credit-grant-conformance</c>. A parse error or a refused input is one line on standard error and
/// exit 2; no command ever prints a stack trace.
/// </summary>
public static class ToolCommandLine
{
    public const string Name = "credit-grant-conformance";

    public static RootCommand Build() =>
        new("Conformance suite for Stripe's Billing Credit Grants API: run it against a target, serve the reference "
            + "server, compare two runs, sweep what runs left behind.")
        {
            RunCommand.Build(),
            ServeCommand.Build(),
            CompareToolCommand.Build(),
            SweepToolCommand.Build(),
            WriteGapsCommand.Build(),
        };

    public static async Task<int> InvokeAsync(string[] args, TextWriter output, TextWriter error)
    {
        var parsed = Build().Parse(args);
        if (parsed.Errors.Count > 0)
        {
            // The unmatched word says more than what is then missing ("Required command was not provided").
            var first = parsed.Errors.OrderBy(e => e.Message.StartsWith("Required", StringComparison.Ordinal)).First();
            await error.WriteLineAsync($"error: {first.Message} (see {Name} --help)");
            return ExitCodes.BadInput;
        }

        try
        {
            // The commands stop themselves on Ctrl+C (the server through its host): no handler of the parser's own.
            return await parsed.InvokeAsync(new InvocationConfiguration
            {
                Output = output,
                Error = error,
                EnableDefaultExceptionHandler = false,
                ProcessTerminationTimeout = null,
            });
        }
        catch (ToolException ex)
        {
            await error.WriteLineAsync("error: " + ex.Message);
            return ex.ExitCode;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Text.Json.JsonException)
        {
            await error.WriteLineAsync("error: " + ex.Message.ReplaceLineEndings(" "));
            return ExitCodes.BadInput;
        }
    }
}

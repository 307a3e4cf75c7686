using System.CommandLine;
using CreditGrantConformance.Sweep;

namespace CreditGrantConformance.Tool.Commands;

/// <summary>
/// <c>sweep</c>: voids what crashed runs left on a target that outlives them, then deletes their customers.
/// </summary>
public static class SweepToolCommand
{
    public static Command Build()
    {
        var baseUrl = new Option<string>("--base-url")
        {
            Description = $"base URL of the target [env: {SweepOptions.BaseUrlName}]", HelpName = "url",
        };
        var apiKey = new Option<string>("--api-key")
        {
            Description = $"test-mode key (sk_test_… or rk_test_…) [env: {SweepOptions.ApiKeyName}]", HelpName = "key",
        };
        var dryRun = new Option<bool>("--dry-run") { Description = "list what would be cleaned, change nothing" };
        var olderThan = new Option<int>("--older-than")
        {
            Description = "leave runs younger than this many minutes alone",
            HelpName = "minutes",
            DefaultValueFactory = _ => 60,
        };
        var command = new Command(
            "sweep",
            "Void the tagged grants crashed runs left active, then delete their customers. Exit 0 cleaned, "
            + "1 something could not be cleaned, 2 bad input, 3 target unreachable or key refused.")
        {
            baseUrl, apiKey, dryRun, olderThan,
        };
        command.SetAction(async (parsed, _) => await SweepCommand.RunAsync(
            new SweepOptions(
                parsed.GetValue(baseUrl) ?? Environment.GetEnvironmentVariable(SweepOptions.BaseUrlName),
                parsed.GetValue(apiKey) ?? Environment.GetEnvironmentVariable(SweepOptions.ApiKeyName),
                parsed.GetValue(dryRun),
                parsed.GetValue(olderThan)),
            parsed.InvocationConfiguration.Output));
        return command;
    }
}

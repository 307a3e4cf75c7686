namespace CreditGrantConformance.Suite.Configuration;

/// <summary>
/// Where settings are read: the environment, then the runsettings parameters. A run started inside another process
/// (the self-tests run the suite in-process) passes <c>CONFORMANCE_ISOLATED=true</c> among its parameters and reads
/// those alone, so the host process's environment cannot leak into it.
/// </summary>
public static class SettingSources
{
    public const string Isolated = "CONFORMANCE_ISOLATED";

    public static (Func<string, string?> Environment, Func<string, string?> RunSettings) Of(
        Func<string, string?> runSettings) =>
        runSettings(Isolated) == "true"
            ? (_ => null, runSettings)
            : (System.Environment.GetEnvironmentVariable, runSettings);
}

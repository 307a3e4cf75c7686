using CreditGrantConformance.Suite.Configuration;
using CreditGrantConformance.Suite.Results;

namespace CreditGrantConformance.Tool.Run;

/// <summary>
/// The command that reruns one check with the tool as this run ran it (the suite's own prefix of settings: seed, case
/// count, target, profile), the key left in the reader's environment.
/// </summary>
public static class RerunLine
{
    public static Func<string, string> For(ConformanceSettings? settings)
    {
        var prefix = settings is null ? "" : Rerun.Prefix(settings);
        return id => $"{prefix}{ToolCommandLine.Name} run --check {id}";
    }
}
